package kr.smartcity.registry.query.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import kr.smartcity.registry.command.api.DecisionOutcome;
import kr.smartcity.registry.command.api.EvaluationMessages.AreaResult;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorResult;
import kr.smartcity.registry.command.api.EvaluationMessages.Votes;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/**
 * An application's scorecard (평가표) and the history of its scores, per indicator: the applicant's self-evaluation,
 * the pre-evaluation's suggestion, each evaluator's points with every change, the committee's resolution and its
 * departure from the suggestion; then the concluded area subtotals and pass or fail. What a caller sees of it depends
 * on who asks: staff see everything, an evaluator only their own points, the applicant only the outcome.
 */
public final class ScorecardQueries {

    private ScorecardQueries() {
    }

    /** Answered with an {@code Optional<Scorecard>}, empty for an unknown application. */
    public record FindScorecardQuery(String applicationId) {
    }

    /**
     * One application's scorecard. {@code indicators} are ordered by code; {@code conclusion} is null until the
     * evaluation is concluded (평가 종료) and again while discrepancies found at the site are being resolved;
     * {@code outcome} is null until the ministry decides.
     */
    public record Scorecard(
            String applicationId,
            String criteriaVersion,
            ServiceLevel level,
            ServiceField field,
            List<CommitteeMember> committee,
            List<IndicatorLine> indicators,
            Conclusion conclusion,
            DecisionOutcome outcome) {
    }

    /** An assigned evaluator (평가위원) and when their score sheet was submitted (null while open). */
    public record CommitteeMember(String evaluator, Instant sheetSubmittedAt) {
    }

    /**
     * One indicator: 자체평가 {@code selfEvaluation} (null if the form gave none), 사전평가 {@code preEvaluation}
     * (the latest; null if none), each evaluator's {@code scores}, and 의결 {@code resolution} (the latest; null
     * until resolved).
     */
    public record IndicatorLine(
            String indicatorCode,
            BigDecimal selfEvaluation,
            PreEvaluation preEvaluation,
            List<EvaluatorScore> scores,
            Resolution resolution) {
    }

    /** The rule book's suggestion from the evidence facts; {@code suggestedPoints} null where it is withheld. */
    public record PreEvaluation(BigDecimal suggestedPoints, boolean awaitsCommittee, String basis) {
    }

    /** One evaluator's current points for an indicator and every score that led to them, oldest first. */
    public record EvaluatorScore(String evaluator, BigDecimal points, List<ScoreEntry> history) {
    }

    /**
     * The first score ({@code previousPoints} null) or a change of it, never overwritten; {@code eventId} is the
     * event's id, as in the audit trail.
     */
    public record ScoreEntry(String eventId, Instant at, BigDecimal previousPoints, BigDecimal points, String basis,
                             String rationale) {
    }

    /**
     * The committee's final points, with the pre-evaluation's suggestion beside them (null if withheld or none) so a
     * departure is visible; {@code votes} null where the criteria ask for no majority.
     */
    public record Resolution(BigDecimal points, String rationale, Votes votes, BigDecimal suggestedPoints,
                             boolean departsFromSuggestion, Instant resolvedAt) {
    }

    /**
     * The scorecard as concluded: the points that count per indicator (bounded by its maximum, derived ones
     * included), area subtotals with their 과락 minimums, total, pass mark, whether it passes and why not.
     */
    public record Conclusion(List<IndicatorResult> indicators, List<AreaResult> areas, BigDecimal total,
                             BigDecimal passMark, boolean passes, List<String> reasons, Instant concludedAt) {
    }
}
