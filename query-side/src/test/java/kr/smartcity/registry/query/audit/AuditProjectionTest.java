package kr.smartcity.registry.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.messaging.GenericMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.api.ApplicationKind;
import kr.smartcity.registry.command.api.ApplicationMessages.SupplementLapsedEvent;
import kr.smartcity.registry.command.api.AuditMetadata;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationAwardedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.DecisionMessages.ApplicationDecidedEvent;
import kr.smartcity.registry.command.api.DecisionOutcome;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorResolvedEvent;
import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.command.api.ScoringMessages;
import kr.smartcity.registry.command.api.ScoringMessages.IndicatorScoreChangedEvent;
import kr.smartcity.registry.command.api.ScoringMessages.IndicatorScoredEvent;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.InProcessMongo;
import kr.smartcity.registry.query.access.Viewer;
import kr.smartcity.registry.query.api.AuditQueries.AuditEntry;
import kr.smartcity.registry.query.api.AuditQueries.AuditFilter;
import kr.smartcity.registry.query.api.AuditQueries.AuditPage;
import kr.smartcity.registry.query.api.AuditQueries.ExportAuditTrailQuery;
import kr.smartcity.registry.query.api.AuditQueries.FindAuditTrailQuery;

/** The audit trail and its queries as plain objects, over the real MongoDB wire protocol. */
class AuditProjectionTest {

    private static final String APP = "APP-1";
    private static final String NO = "SCS-2023-TR-0001";
    private static final Instant T = Instant.parse("2023-11-20T01:00:00Z");
    private static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null, null, null, null);

    private final InProcessMongo mongo = new InProcessMongo();
    private final AuditProjection projection = new AuditProjection(mongo.template());
    private final AuditQueryHandler queries = new AuditQueryHandler(mongo.template());
    private static final Viewer MINISTRY = Viewer.of("ministry", Role.MINISTRY);
    private long sequence;

    @AfterEach
    void stop() {
        mongo.close();
    }

    /** Delivers an event as the processor does: the case's next sequence number, metadata of who sent the command. */
    private void deliver(String eventId, Object payload, Instant at, String actor, String role) {
        Map<String, String> who = actor == null ? Map.of()
                : Map.of(AuditMetadata.ACTOR, actor, AuditMetadata.ROLE, role);
        projection.on(payload, new GenericDomainEventMessage<>("Application", APP, sequence++,
                new GenericMessage<>(eventId, payload, who), () -> at));
    }

    private void scoredAndChangedBy(String evaluator, String indicator, String first, String second) {
        String sheet = ScoringMessages.sheetId(APP, evaluator);
        deliver(evaluator + indicator + "-1", new IndicatorScoredEvent(sheet, APP, evaluator, indicator,
                new BigDecimal(first), "설문 보고서", "응답률 충분", T), T, evaluator, "EVALUATOR");
        deliver(evaluator + indicator + "-2", new IndicatorScoreChangedEvent(sheet, APP, evaluator, indicator,
                new BigDecimal(first), new BigDecimal(second), "설문 보고서", "표본 재검토", T.plusSeconds(60)),
                T.plusSeconds(60), evaluator, "EVALUATOR");
    }

    private AuditPage find(AuditFilter filter) {
        return queries.handle(new FindAuditTrailQuery(filter, 0, 20), MINISTRY);
    }

    private static AuditFilter ofApplication(String applicationId) {
        return new AuditFilter(applicationId, null, null, null, null, null, null);
    }

    @Test
    void aScoreChangeShowsWhoChangedWhichIndicatorFromWhatToWhatAndWhy() {
        scoredAndChangedBy("evaluator1", "1.1.1.1", "2", "2.5");

        List<AuditEntry> trail = find(ofApplication(APP)).items();
        assertThat(trail).extracting(AuditEntry::event)
                .containsExactly("IndicatorScoreChangedEvent", "IndicatorScoredEvent");
        AuditEntry change = trail.get(0);
        assertThat(change.actor()).isEqualTo("evaluator1");
        assertThat(change.roles()).containsExactly("EVALUATOR");
        assertThat(change.indicatorCode()).isEqualTo("1.1.1.1");
        assertThat(change.before()).isEqualTo("2");
        assertThat(change.after()).isEqualTo("2.5");
        assertThat(change.reason()).isEqualTo("표본 재검토");
        assertThat(change.at()).isEqualTo(T.plusSeconds(60));
        assertThat(trail.get(1).before()).isNull();
        assertThat(trail.get(1).after()).isEqualTo("2");
    }

    @Test
    void aResolutionShowsTheSuggestionItDepartsFrom() {
        deliver("r1", new IndicatorResolvedEvent(APP, "1.2.3.2", new BigDecimal("1"), "위원회 과반 반대", null,
                new BigDecimal("3"), true), T, "operator", "OPERATOR");

        AuditEntry resolution = find(ofApplication(APP)).items().get(0);
        assertThat(resolution.before()).isEqualTo("3");
        assertThat(resolution.after()).isEqualTo("1");
        assertThat(resolution.departsFromSuggestion()).isTrue();
        assertThat(resolution.reason()).isEqualTo("위원회 과반 반대");
    }

    @Test
    void anEvaluatorsWholeScoringHistoryIsFoundByActorAcrossApplications() {
        scoredAndChangedBy("evaluator1", "1.1.1.1", "2", "3");
        scoredAndChangedBy("evaluator2", "1.1.1.1", "1", "2");
        scoredAndChangedBy("evaluator1", "1.1.2.1", "3", "2");

        AuditPage byEvaluator1 = find(new AuditFilter(null, null, "evaluator1", null, null, null, null));
        assertThat(byEvaluator1.totalItems()).isEqualTo(4);
        assertThat(byEvaluator1.items()).extracting(AuditEntry::actor).containsOnly("evaluator1");
        assertThat(find(new AuditFilter(APP, null, null, "EVALUATOR", "1.1.1.1", null, null)).totalItems())
                .isEqualTo(4);
    }

    @Test
    void anEventWithoutASenderWasCausedByTheSystem() {
        deliver("lapse", new SupplementLapsedEvent(APP, T), T, null, null);

        AuditEntry lapse = find(ofApplication(APP)).items().get(0);
        assertThat(lapse.actor()).isEqualTo("system");
        assertThat(lapse.roles()).containsExactly("SYSTEM");
        assertThat(lapse.after()).isEqualTo("SUPPLEMENT_LAPSED");
    }

    @Test
    void aCertificatesTrailIncludesTheDecisionThatAwardedIt() {
        deliver("decided", new ApplicationDecidedEvent(APP, ApplicationKind.NEW, DecisionOutcome.CERTIFIED, NO, null,
                List.of(), T), T, "ministry", "MINISTRY");
        deliver("awarded", new CertificationAwardedEvent(NO, APP, "2023", new CertifiedService(List.of("스마트교통(주)"),
                "스마트 횡단보도", "Smart crossing", ServiceField.TRANSPORT, ServiceLevel.L1, "세종특별자치시", Map.of(),
                new BigDecimal("81.5")), LocalDate.of(2023, 11, 20), LocalDate.of(2025, 11, 19), null, false),
                T, "ministry", "MINISTRY");

        assertThat(find(new AuditFilter(null, NO, null, null, null, null, null)).items())
                .extracting(AuditEntry::event, AuditEntry::after)
                .containsExactly(tuple("CertificationAwardedEvent", "ACTIVE"),
                        tuple("ApplicationDecidedEvent", "CERTIFIED"));
    }

    @Test
    void theTrailIsFilteredByTimeFromInclusiveToExclusiveAndPaged() {
        scoredAndChangedBy("evaluator1", "1.1.1.1", "2", "3");

        assertThat(find(new AuditFilter(APP, null, null, null, null, T.plusSeconds(60), null)).items())
                .extracting(AuditEntry::event).containsExactly("IndicatorScoreChangedEvent");
        assertThat(find(new AuditFilter(APP, null, null, null, null, null, T.plusSeconds(60))).items())
                .extracting(AuditEntry::event).containsExactly("IndicatorScoredEvent");
        AuditPage second = queries.handle(new FindAuditTrailQuery(EVERYTHING, 1, 1), MINISTRY);
        assertThat(second.totalItems()).isEqualTo(2);
        assertThat(second.items()).extracting(AuditEntry::event).containsExactly("IndicatorScoredEvent");
    }

    @Test
    void anEventProcessedTwiceIsOneEntryAndAResetEmptiesTheTrail() {
        scoredAndChangedBy("evaluator1", "1.1.1.1", "2", "3");
        sequence = 0;
        scoredAndChangedBy("evaluator1", "1.1.1.1", "2", "3");

        List<AuditEntry> all = queries.handle(new ExportAuditTrailQuery(EVERYTHING), MINISTRY);
        assertThat(all).hasSize(2);
        assertThat(all).extracting(AuditEntry::sequenceNumber).containsExactly(1L, 0L);

        projection.reset();
        assertThat(find(EVERYTHING).totalItems()).isZero();
    }

    @Test
    void onlyTheMinistryAndTheAdminReadTheTrail() {
        assertThat(queries.handle(new ExportAuditTrailQuery(EVERYTHING), Viewer.of("admin", Role.ADMIN))).isEmpty();
        for (Viewer other : List.of(Viewer.of("operator", Role.OPERATOR), Viewer.of("evaluator1", Role.EVALUATOR),
                Viewer.of("monitor", Role.MONITOR), Viewer.of("applicant", Role.APPLICANT), Viewer.PUBLIC)) {
            assertThatThrownBy(() -> queries.handle(new FindAuditTrailQuery(EVERYTHING, 0, 20), other))
                    .as(other.toString()).isInstanceOf(QueryExecutionException.class);
            assertThatThrownBy(() -> queries.handle(new ExportAuditTrailQuery(EVERYTHING), other))
                    .as(other.toString()).isInstanceOf(QueryExecutionException.class);
        }
    }
}
