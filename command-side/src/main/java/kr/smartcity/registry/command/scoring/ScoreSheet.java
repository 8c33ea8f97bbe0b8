package kr.smartcity.registry.command.scoring;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.ScoringMessages;
import kr.smartcity.registry.command.api.ScoringMessages.IndicatorScoreChangedEvent;
import kr.smartcity.registry.command.api.ScoringMessages.IndicatorScoredEvent;
import kr.smartcity.registry.command.api.ScoringMessages.ScoreIndicatorCommand;
import kr.smartcity.registry.command.api.ScoringMessages.ScoreSheetOpenedEvent;
import kr.smartcity.registry.command.api.ScoringMessages.ScoreSheetSubmittedEvent;
import kr.smartcity.registry.command.api.ScoringMessages.SubmitScoreSheetCommand;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/**
 * 평가위원 채점표: one evaluator's scores for one application (id {@code applicationId/evaluator}), its own aggregate
 * so that the committee scores at once without conflicts. Only its owner scores it, only until it is submitted;
 * a change is a new event beside the first score.
 */
public class ScoreSheet {

    @AggregateIdentifier
    private String sheetId;
    private String applicationId;
    private String evaluator;
    private IndicatorAllotments allotments;
    private final Map<String, BigDecimal> scores = new LinkedHashMap<>();
    private boolean submitted;

    protected ScoreSheet() {
        // for event sourcing
    }

    /** Opened by the application when the operator assigns {@code evaluator} to it. */
    public ScoreSheet(String applicationId, String evaluator, String criteriaVersion, ServiceLevel level,
                      ServiceField field) {
        apply(new ScoreSheetOpenedEvent(ScoringMessages.sheetId(applicationId, evaluator), applicationId, evaluator,
                criteriaVersion, level, field));
    }

    @CommandHandler
    void handle(ScoreIndicatorCommand command, Clock clock) {
        requireOwnerOfOpenSheet(command.actingEvaluator());
        BigDecimal points = allotments.within(command.indicatorCode(), command.points()).toBigDecimal();
        requireText(command.basis(), "근거", "basis");
        requireText(command.rationale(), "사유", "rationale");
        BigDecimal previous = scores.get(command.indicatorCode());
        if (previous == null) {
            apply(new IndicatorScoredEvent(sheetId, applicationId, evaluator, command.indicatorCode(), points,
                    command.basis(), command.rationale(), clock.instant()));
        } else {
            apply(new IndicatorScoreChangedEvent(sheetId, applicationId, evaluator, command.indicatorCode(), previous,
                    points, command.basis(), command.rationale(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(SubmitScoreSheetCommand command, Clock clock) {
        requireOwnerOfOpenSheet(command.actingEvaluator());
        if (scores.isEmpty()) {
            throw new CommandRefusedException("채점한 지표가 없습니다. / The sheet has no scores to submit.");
        }
        apply(new ScoreSheetSubmittedEvent(sheetId, applicationId, evaluator, Map.copyOf(scores), clock.instant()));
    }

    /** The acting evaluator must be the one this sheet was assigned to: no one scores another's sheet. */
    private void requireOwnerOfOpenSheet(String actingEvaluator) {
        if (!evaluator.equals(actingEvaluator)) {
            throw new CommandRefusedException("본인에게 배정된 채점표가 아닙니다(신청 " + applicationId + "). "
                    + "/ This score sheet is not assigned to you (application " + applicationId + ").");
        }
        if (submitted) {
            throw new CommandRefusedException("이미 제출한 채점표는 고칠 수 없습니다. / The sheet is submitted and closed.");
        }
    }

    private static void requireText(String text, String nameKo, String nameEn) {
        if (text == null || text.isBlank()) {
            throw new CommandRefusedException(nameKo + "를 입력해야 합니다. / A " + nameEn + " is required.");
        }
    }

    @EventSourcingHandler
    void on(ScoreSheetOpenedEvent event) {
        sheetId = event.sheetId();
        applicationId = event.applicationId();
        evaluator = event.evaluator();
        allotments = IndicatorAllotments.of(event.criteriaVersion(), event.level(), event.field());
    }

    @EventSourcingHandler
    void on(IndicatorScoredEvent event) {
        scores.put(event.indicatorCode(), event.points());
    }

    @EventSourcingHandler
    void on(IndicatorScoreChangedEvent event) {
        scores.put(event.indicatorCode(), event.points());
    }

    @EventSourcingHandler
    void on(ScoreSheetSubmittedEvent event) {
        submitted = true;
    }
}
