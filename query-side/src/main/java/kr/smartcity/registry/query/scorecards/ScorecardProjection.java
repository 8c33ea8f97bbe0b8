package kr.smartcity.registry.query.scorecards;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.data.mongodb.core.MongoTemplate;
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
import kr.smartcity.registry.query.store.DocumentBatch;
import kr.smartcity.registry.query.store.ReadModels;

/**
 * Scorecards and score history (평가표와 채점 이력), one document per application, written from the application's
 * evaluation events and its evaluators' score sheets.
 */
@Component
@ProcessingGroup(ScorecardProjection.NAME)
public class ScorecardProjection {

    public static final String NAME = "scorecards";

    private final MongoTemplate mongo;
    private final DocumentBatch<ScorecardDocument> scorecards;

    public ScorecardProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.scorecards = new DocumentBatch<>(mongo, ScorecardDocument.class, ScorecardDocument::applicationId);
    }

    /** A rebuild replays every event into empty scorecards. */
    @ResetHandler
    void reset() {
        ReadModels.empty(mongo, ScorecardDocument.class);
    }

    /**
     * The submitting account owns the case. A submission delivered again finds its scorecard and leaves it as it is,
     * with everything the later events (delivered again after it) put there.
     */
    @EventHandler
    void on(ApplicationSubmittedEvent event, @MetaDataValue(AuditMetadata.ACTOR) String submittedBy) {
        if (scorecards.find(event.applicationId()).isEmpty()) {
            scorecards.save(ScorecardDocument.submitted(event.applicationId(), submittedBy, event.criteriaVersion(),
                    event.level(), event.field(), event.selfEvaluation()));
        }
    }

    @EventHandler
    void on(EvaluatorsAssignedEvent event) {
        scorecards.change(event.applicationId(), doc -> doc.assigned(event.evaluators()));
    }

    @EventHandler
    void on(IndicatorPreEvaluatedEvent event) {
        scorecards.change(event.applicationId(), doc -> doc.preEvaluated(event.indicatorCode(),
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
        scorecards.change(event.applicationId(), doc -> doc.sheetSubmitted(event.evaluator(), event.submittedAt()));
    }

    @EventHandler
    void on(IndicatorResolvedEvent event, @Timestamp Instant at) {
        Resolution resolution = new Resolution(event.points(), event.rationale(), event.votes(),
                event.suggestedPoints(), event.departsFromSuggestion(), at);
        scorecards.change(event.applicationId(), doc -> doc.resolved(event.indicatorCode(), resolution));
    }

    @EventHandler
    void on(EvaluationConcludedEvent event) {
        Conclusion conclusion = new Conclusion(event.indicators(), event.areas(), event.total(), event.passMark(),
                event.passes(), event.reasons(), event.concludedAt());
        scorecards.change(event.applicationId(), doc -> doc.concluded(conclusion));
    }

    @EventHandler
    void on(SiteInspectionRecordedEvent event) {
        if (event.outcome() == InspectionOutcome.DISCREPANCIES) {
            scorecards.change(event.applicationId(), ScorecardDocument::reopened);
        }
    }

    @EventHandler
    void on(ApplicationDecidedEvent event) {
        scorecards.change(event.applicationId(), doc -> doc.decided(event.outcome()));
    }

    /** Appends a score to its evaluator's history unless it was appended before (a replay re-delivers events). */
    private void score(String applicationId, String indicatorCode, String evaluator, ScoreEntry entry) {
        scorecards.change(applicationId, doc -> doc.hasScoreEntry(entry.eventId()) ? doc
                : doc.scored(indicatorCode, evaluator, entry));
    }
}
