package kr.smartcity.registry.query.scorecards;

import java.time.Instant;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationSubmittedEvent;
import kr.smartcity.registry.command.api.AuditMetadata;
import kr.smartcity.registry.command.api.DecisionMessages.ApplicationDecidedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluationConcludedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluatorsAssignedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorPreEvaluatedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorResolvedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.SiteInspectionRecordedEvent;
import kr.smartcity.registry.command.api.InspectionOutcome;
import kr.smartcity.registry.command.api.ScoringMessages.IndicatorScoreChangedEvent;
import kr.smartcity.registry.command.api.ScoringMessages.IndicatorScoredEvent;
import kr.smartcity.registry.command.api.ScoringMessages.ScoreSheetSubmittedEvent;
import kr.smartcity.registry.query.api.ScorecardQueries.Conclusion;
import kr.smartcity.registry.query.api.ScorecardQueries.PreEvaluation;
import kr.smartcity.registry.query.api.ScorecardQueries.Resolution;
import kr.smartcity.registry.query.api.ScorecardQueries.ScoreEntry;

/**
 * Scorecards and score history (평가표와 채점 이력), one document per application, written from the application's
 * evaluation events and its evaluators' score sheets.
 */
@Component
@ProcessingGroup(ScorecardProjection.NAME)
public class ScorecardProjection {

    public static final String NAME = "scorecards";

    private final MongoTemplate mongo;

    public ScorecardProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A rebuild replays every event into empty scorecards. */
    @ResetHandler
    void reset() {
        mongo.remove(new Query(), ScorecardDocument.class);
    }

    /**
     * The submitting account owns the case. A submission delivered again finds its scorecard and leaves it as it is,
     * with everything the later events (delivered again after it) put there.
     */
    @EventHandler
    void on(ApplicationSubmittedEvent event, @MetaDataValue(AuditMetadata.ACTOR) String submittedBy) {
        if (mongo.findById(event.applicationId(), ScorecardDocument.class) == null) {
            mongo.save(ScorecardDocument.submitted(event.applicationId(), submittedBy, event.criteriaVersion(),
                    event.level(), event.field(), event.selfEvaluation()));
        }
    }

    @EventHandler
    void on(EvaluatorsAssignedEvent event) {
        change(event.applicationId(), doc -> doc.assigned(event.evaluators()));
    }

    @EventHandler
    void on(IndicatorPreEvaluatedEvent event) {
        change(event.applicationId(), doc -> doc.preEvaluated(event.indicatorCode(),
                new PreEvaluation(event.suggestedPoints(), event.awaitsCommittee(), event.basis())));
    }

    @EventHandler
    void on(IndicatorScoredEvent event, @MessageIdentifier String eventId) {
        score(event.applicationId(), event.indicatorCode(), event.evaluator(), new ScoreEntry(eventId,
                event.scoredAt(), null, event.points(), event.basis(), event.rationale()));
    }

    @EventHandler
    void on(IndicatorScoreChangedEvent event, @MessageIdentifier String eventId) {
        score(event.applicationId(), event.indicatorCode(), event.evaluator(), new ScoreEntry(eventId,
                event.changedAt(), event.previousPoints(), event.points(), event.basis(), event.rationale()));
    }

    @EventHandler
    void on(ScoreSheetSubmittedEvent event) {
        change(event.applicationId(), doc -> doc.sheetSubmitted(event.evaluator(), event.submittedAt()));
    }

    @EventHandler
    void on(IndicatorResolvedEvent event, @Timestamp Instant at) {
        change(event.applicationId(), doc -> doc.resolved(event.indicatorCode(), new Resolution(event.points(),
                event.rationale(), event.votes(), event.suggestedPoints(), event.departsFromSuggestion(), at)));
    }

    @EventHandler
    void on(EvaluationConcludedEvent event) {
        change(event.applicationId(), doc -> doc.concluded(new Conclusion(event.indicators(), event.areas(),
                event.total(), event.passMark(), event.passes(), event.reasons(), event.concludedAt())));
    }

    @EventHandler
    void on(SiteInspectionRecordedEvent event) {
        if (event.outcome() == InspectionOutcome.DISCREPANCIES) {
            change(event.applicationId(), ScorecardDocument::reopened);
        }
    }

    @EventHandler
    void on(ApplicationDecidedEvent event) {
        change(event.applicationId(), doc -> doc.decided(event.outcome()));
    }

    /** Appends a score to its evaluator's history unless it was appended before (a replay re-delivers events). */
    private void score(String applicationId, String indicatorCode, String evaluator, ScoreEntry entry) {
        ScorecardDocument doc = mongo.findById(applicationId, ScorecardDocument.class);
        if (doc != null && !doc.hasScoreEntry(entry.eventId())) {
            mongo.save(doc.scored(indicatorCode, evaluator, entry));
        }
    }

    private void change(String applicationId, UnaryOperator<ScorecardDocument> change) {
        ScorecardDocument doc = mongo.findById(applicationId, ScorecardDocument.class);
        if (doc != null) {
            mongo.save(change.apply(doc));
        }
    }
}
