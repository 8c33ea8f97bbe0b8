package kr.smartcity.registry.command.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Messages of an evaluator's score sheet (평가위원 채점표): one aggregate per evaluator and application, so that
 * evaluators score at once without conflicts. The evaluator's identity is part of the domain here.
 */
public final class ScoringMessages {

    private ScoringMessages() {
    }

    /** The id of the score sheet of {@code evaluator} on {@code applicationId}. */
    public static String sheetId(String applicationId, String evaluator) {
        return applicationId + "/" + evaluator;
    }

    /** Opened when the operator assigns the evaluator to the application. */
    public record ScoreSheetOpenedEvent(String sheetId, String applicationId, String evaluator,
                                        String criteriaVersion, ServiceLevel level, ServiceField field) {
    }

    /**
     * A command an evaluator sends to their own score sheet of a case. The sheet exists only for the committee's
     * members, so where there is none the sender is not on the committee: refused as forbidden, not as unknown.
     */
    public interface ToOwnSheet {
    }

    /** 채점 (evaluator): points, the evidence they rest on (basis) and why (rationale). */
    public record ScoreIndicatorCommand(@TargetAggregateIdentifier String sheetId, String actingEvaluator,
                                        String indicatorCode, BigDecimal points, String basis, String rationale)
            implements ToOwnSheet {
    }

    public record IndicatorScoredEvent(String sheetId, String applicationId, String evaluator, String indicatorCode,
                                       BigDecimal points, String basis, String rationale, Instant scoredAt) {
    }

    /** A score changed before the sheet was submitted: a new event beside the first, never an overwrite. */
    public record IndicatorScoreChangedEvent(String sheetId, String applicationId, String evaluator,
                                             String indicatorCode, BigDecimal previousPoints, BigDecimal points,
                                             String basis, String rationale, Instant changedAt) {
    }

    /** 채점표 제출 (evaluator): after this the sheet is closed. */
    public record SubmitScoreSheetCommand(@TargetAggregateIdentifier String sheetId, String actingEvaluator)
            implements ToOwnSheet {
    }

    public record ScoreSheetSubmittedEvent(String sheetId, String applicationId, String evaluator,
                                           Map<String, BigDecimal> points, Instant submittedAt) {
    }
}
