package kr.smartcity.registry.command.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;


/**
 * Messages of the document evaluation (1차 서면평가) and site inspection (2차 현장실사) of an application:
 * pre-evaluation (사전평가), committee (인증평가위원회), resolutions (의결), the concluded scorecard.
 * Points are decimal numbers of points with at most two decimals.
 */
public final class EvaluationMessages {

    private EvaluationMessages() {
    }

    /**
     * 사전평가 (operator): the evidence facts per indicator code, each a JSON object in the shape of its rule's
     * facts record ({@code criteria.rules}, e.g. 3.2.2.1 {@code {"userManual":true,"administratorManual":true,
     * "securityManual":false}}). JSON text crosses any command bus; only the resulting points and basis are stored.
     */
    public record RecordPreEvaluationCommand(@TargetAggregateIdentifier String applicationId,
                                             Map<String, String> facts) {
    }

    /** The first evaluation act on an accepted application opens the document evaluation. */
    public record DocumentEvaluationStartedEvent(String applicationId, Instant startedAt) {
    }

    /**
     * One indicator's pre-evaluation: suggested points, or none ({@code suggestedPoints} null: withheld, 유보) where
     * the seed leaves it to the committee; {@code awaitsCommittee} when committee-only evidence could still add.
     */
    public record IndicatorPreEvaluatedEvent(String applicationId, String indicatorCode, BigDecimal suggestedPoints,
                                             boolean awaitsCommittee, String basis) {
    }

    /** 평가위원 배정 (operator): account names; each gets a score sheet. */
    public record AssignEvaluatorsCommand(@TargetAggregateIdentifier String applicationId, List<String> evaluators) {
    }

    public record EvaluatorsAssignedEvent(String applicationId, List<String> evaluators) {
    }

    /** A committee vote where the seed asks for a majority (과반 동의). */
    public record Votes(int votesFor, int votesAgainst) {
    }

    /** 의결 (operator records the committee's resolution of one indicator); votes null where no vote is asked for. */
    public record RecordResolutionCommand(@TargetAggregateIdentifier String applicationId, String indicatorCode,
                                          BigDecimal points, String rationale, Votes votes) {
    }

    /**
     * The committee's final points for one indicator. A later resolution of the same indicator (e.g. after a site
     * inspection found discrepancies) supersedes it; nothing is overwritten. {@code suggestedPoints} is the
     * pre-evaluation's (null if withheld or none), so a departure is visible.
     */
    public record IndicatorResolvedEvent(String applicationId, String indicatorCode, BigDecimal points,
                                         String rationale, Votes votes, BigDecimal suggestedPoints,
                                         boolean departsFromSuggestion) {
    }

    /**
     * 평가 종료 (operator): fix the scorecard from the resolutions. For L2 / L3, composition scores of constituents
     * not known at submission, by constituent name (nameKo), and the committee's judgement whether the
     * constituents are built and work to common criteria (공통된 기준, S-221 / S-231).
     */
    public record ConcludeEvaluationCommand(@TargetAggregateIdentifier String applicationId,
                                            Map<String, BigDecimal> constituentCompositionScores,
                                            boolean constituentsMeetCommonCriteria) {
    }

    /** One line of a concluded scorecard: the points that count (bounded by the maximum). */
    public record IndicatorResult(String indicatorCode, BigDecimal points, BigDecimal maxPoints) {
    }

    /** An area's subtotal and its 과락 minimum. */
    public record AreaResult(String areaCode, String nameKo, BigDecimal points, BigDecimal maxPoints,
                             BigDecimal minimumPoints, boolean meetsMinimum) {
    }

    /** The scorecard as concluded: passes if total ≥ pass mark and every area ≥ its minimum; reasons if not. */
    public record EvaluationConcludedEvent(String applicationId, String criteriaVersion,
                                           List<IndicatorResult> indicators, List<AreaResult> areas,
                                           BigDecimal total, BigDecimal passMark, boolean passes,
                                           List<String> reasons, Instant concludedAt) {
    }

    /** One checked claim of the application at the site: confirmed or not, with a note. */
    public record InspectionFinding(String claim, String indicatorCode, boolean confirmed, String note) {
    }

    /** 현장실사 (operator): the outcome follows from the findings. */
    public record RecordSiteInspectionCommand(@TargetAggregateIdentifier String applicationId, LocalDate inspectedOn,
                                              List<String> inspectors, List<InspectionFinding> findings) {
    }

    /** DISCREPANCIES send the case back to resolution (DOCUMENT_EVALUATION); the scorecard is concluded again. */
    public record SiteInspectionRecordedEvent(String applicationId, LocalDate inspectedOn, List<String> inspectors,
                                              List<InspectionFinding> findings, InspectionOutcome outcome) {
    }
}
