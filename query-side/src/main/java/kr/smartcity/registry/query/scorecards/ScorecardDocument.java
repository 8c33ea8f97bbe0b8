package kr.smartcity.registry.query.scorecards;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.command.api.DecisionOutcome;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.api.ScorecardQueries.CommitteeMember;
import kr.smartcity.registry.query.api.ScorecardQueries.Conclusion;
import kr.smartcity.registry.query.api.ScorecardQueries.EvaluatorScore;
import kr.smartcity.registry.query.api.ScorecardQueries.IndicatorLine;
import kr.smartcity.registry.query.api.ScorecardQueries.PreEvaluation;
import kr.smartcity.registry.query.api.ScorecardQueries.Resolution;
import kr.smartcity.registry.query.api.ScorecardQueries.ScoreEntry;
import kr.smartcity.registry.query.api.ScorecardQueries.Scorecard;

/**
 * One application's scorecard as staff see it, and whose case it is ({@code submittedBy}, the submitting account).
 * The nested values are the answer's own records, so the document is the whole answer and {@link ScorecardViews}
 * only trims it. Indicators are a list, not a map: their codes contain dots, which MongoDB keys may not. Every change
 * writes the whole document from the last one and the event alone; each score entry carries its event id, so
 * processing an event again changes nothing. Read by id only, so it needs no index but {@code _id}.
 */
@Document(ScorecardDocument.COLLECTION)
record ScorecardDocument(
        @Id String applicationId,
        String submittedBy,
        String criteriaVersion,
        ServiceLevel level,
        ServiceField field,
        List<CommitteeMember> committee,
        List<IndicatorLine> indicators,
        Conclusion conclusion,
        DecisionOutcome outcome) {

    static final String COLLECTION = "scorecards";

    private static final Comparator<IndicatorLine> BY_CODE = Comparator.comparing(IndicatorLine::indicatorCode);
    private static final Comparator<EvaluatorScore> BY_EVALUATOR = Comparator.comparing(EvaluatorScore::evaluator);

    /** The scorecard of a new application: one line per self-evaluated indicator (자체평가). */
    static ScorecardDocument submitted(String applicationId, String submittedBy, String criteriaVersion,
                                       ServiceLevel level, ServiceField field, Map<String, BigDecimal> selfEvaluation) {
        List<IndicatorLine> lines = selfEvaluation.entrySet().stream()
                .map(self -> new IndicatorLine(self.getKey(), self.getValue(), null, List.of(), null))
                .sorted(BY_CODE)
                .toList();
        return new ScorecardDocument(applicationId, submittedBy, criteriaVersion, level, field, List.of(), lines,
                null, null);
    }

    Scorecard scorecard() {
        return new Scorecard(applicationId, criteriaVersion, level, field, committee, indicators, conclusion, outcome);
    }

    boolean isOnCommittee(String evaluator) {
        return committee.stream().anyMatch(member -> member.evaluator().equals(evaluator));
    }

    boolean hasScoreEntry(String eventId) {
        return indicators.stream()
                .flatMap(line -> line.scores().stream())
                .flatMap(score -> score.history().stream())
                .anyMatch(entry -> entry.eventId().equals(eventId));
    }

    /** Evaluators already on the committee stay as they are; an assignment names only new ones. */
    ScorecardDocument assigned(List<String> evaluators) {
        List<CommitteeMember> members = new ArrayList<>(committee);
        evaluators.stream()
                .filter(evaluator -> !isOnCommittee(evaluator))
                .forEach(evaluator -> members.add(new CommitteeMember(evaluator, null)));
        return with(List.copyOf(members), indicators, conclusion, outcome);
    }

    ScorecardDocument sheetSubmitted(String evaluator, Instant submittedAt) {
        List<CommitteeMember> members = committee.stream()
                .map(member -> member.evaluator().equals(evaluator)
                        ? new CommitteeMember(evaluator, submittedAt) : member)
                .toList();
        return with(members, indicators, conclusion, outcome);
    }

    /** A later pre-evaluation of the indicator supersedes the earlier one. */
    ScorecardDocument preEvaluated(String indicatorCode, PreEvaluation preEvaluation) {
        return withLine(indicatorCode, line -> new IndicatorLine(line.indicatorCode(), line.selfEvaluation(),
                preEvaluation, line.scores(), line.resolution()));
    }

    /** The evaluator's points become the entry's; the entry joins their history of this indicator. */
    ScorecardDocument scored(String indicatorCode, String evaluator, ScoreEntry entry) {
        return withLine(indicatorCode, line -> {
            List<ScoreEntry> history = line.scores().stream()
                    .filter(score -> score.evaluator().equals(evaluator))
                    .findFirst()
                    .map(EvaluatorScore::history)
                    .orElse(List.of());
            List<EvaluatorScore> scores = new ArrayList<>(line.scores().stream()
                    .filter(score -> !score.evaluator().equals(evaluator))
                    .toList());
            scores.add(new EvaluatorScore(evaluator, entry.points(), appended(history, entry)));
            scores.sort(BY_EVALUATOR);
            return new IndicatorLine(line.indicatorCode(), line.selfEvaluation(), line.preEvaluation(),
                    List.copyOf(scores), line.resolution());
        });
    }

    /** A later resolution of the indicator (의결) supersedes the earlier one. */
    ScorecardDocument resolved(String indicatorCode, Resolution resolution) {
        return withLine(indicatorCode, line -> new IndicatorLine(line.indicatorCode(), line.selfEvaluation(),
                line.preEvaluation(), line.scores(), resolution));
    }

    ScorecardDocument concluded(Conclusion concluded) {
        return with(committee, indicators, concluded, outcome);
    }

    /** Discrepancies found at the site send the case back to resolution: nothing is concluded until it is again. */
    ScorecardDocument reopened() {
        return with(committee, indicators, null, outcome);
    }

    ScorecardDocument decided(DecisionOutcome decision) {
        return with(committee, indicators, conclusion, decision);
    }

    /** Changes the indicator's line, or a new empty one for an indicator not on the scorecard yet. */
    private ScorecardDocument withLine(String indicatorCode, UnaryOperator<IndicatorLine> change) {
        List<IndicatorLine> lines = new ArrayList<>(indicators.stream()
                .filter(line -> !line.indicatorCode().equals(indicatorCode))
                .toList());
        IndicatorLine line = indicators.stream()
                .filter(existing -> existing.indicatorCode().equals(indicatorCode))
                .findFirst()
                .orElseGet(() -> new IndicatorLine(indicatorCode, null, null, List.of(), null));
        lines.add(change.apply(line));
        lines.sort(BY_CODE);
        return with(committee, List.copyOf(lines), conclusion, outcome);
    }

    private ScorecardDocument with(List<CommitteeMember> newCommittee, List<IndicatorLine> newIndicators,
                                   Conclusion newConclusion, DecisionOutcome newOutcome) {
        return new ScorecardDocument(applicationId, submittedBy, criteriaVersion, level, field, newCommittee,
                newIndicators, newConclusion, newOutcome);
    }

    private static List<ScoreEntry> appended(List<ScoreEntry> history, ScoreEntry entry) {
        List<ScoreEntry> entries = new ArrayList<>(history);
        entries.add(entry);
        return List.copyOf(entries);
    }
}
