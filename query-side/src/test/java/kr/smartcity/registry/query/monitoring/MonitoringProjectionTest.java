package kr.smartcity.registry.query.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import kr.smartcity.registry.command.api.CertificationMessages.CertificateReissuedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationActionProposedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationAwardedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationExpiredEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationReinstatedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRenewedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRevokedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationSuspendedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.CertificationMessages.MonitoringCheckLoggedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ProposedActionDeclinedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewFailedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewOpenedEvent;
import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ProposedAction;
import kr.smartcity.registry.command.api.Refusal;
import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.InProcessMongo;
import kr.smartcity.registry.query.OneBatch;
import kr.smartcity.registry.query.access.Viewer;
import kr.smartcity.registry.query.api.MonitoringQueries.CertificationChecks;
import kr.smartcity.registry.query.api.MonitoringQueries.FindMonitoringChecksQuery;
import kr.smartcity.registry.query.api.MonitoringQueries.FindMonitoringScheduleQuery;
import kr.smartcity.registry.query.api.MonitoringQueries.FindProposedActionsQuery;
import kr.smartcity.registry.query.api.MonitoringQueries.MonitoringCheck;
import kr.smartcity.registry.query.api.MonitoringQueries.MonitoringSchedule;
import kr.smartcity.registry.query.api.MonitoringQueries.ProposedActionItem;
import kr.smartcity.registry.query.api.MonitoringQueries.ReReviewStage;
import kr.smartcity.registry.query.api.MonitoringQueries.ScheduledCertification;

/** The monitoring schedule as plain objects over the real MongoDB wire protocol; today is 2025-06-10 (Seoul). */
class MonitoringProjectionTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final Instant T = Instant.parse("2025-05-20T01:00:00Z");
    private static final Viewer MONITOR = Viewer.of("monitor", Role.MONITOR);

    private final InProcessMongo mongo = new InProcessMongo();
    private final MonitoringProjection projection = new MonitoringProjection(mongo.template());
    private final MonitoringQueryHandler queries = new MonitoringQueryHandler(mongo.template());

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static CertificationAwardedEvent awarded(String number, LocalDate validUntil) {
        return new CertificationAwardedEvent(number, null, "2023",
                new CertifiedService(List.of("그린에너지(주)"), "스마트 가로등 " + number, "Smart streetlight",
                        ServiceField.ENVIRONMENT_ENERGY, ServiceLevel.L1, "부산광역시",
                        Map.of("1", new BigDecimal("24")), new BigDecimal("77.5")),
                validUntil.minusYears(2).plusDays(1), validUntil, null, true);
    }

    private void award(String number, LocalDate validUntil) {
        projection.on(awarded(number, validUntil));
    }

    /** Awarded so that its re-review falls due on {@code dueOn} (a day that is no month's end). */
    private void dueOn(String number, LocalDate dueOn) {
        award(number, dueOn.plusMonths(3).minusDays(1));
        assertThat(onSchedule(number).reReviewDueOn()).isEqualTo(dueOn);
    }

    private void check(String eventId, String number, LocalDate on, String by) {
        projection.on(new MonitoringCheckLoggedEvent(number, on, "서비스 운영 여부", true, "정상 운영", List.of("점검표.pdf")),
                eventId, by, T);
    }

    private MonitoringSchedule schedule() {
        return queries.handle(new FindMonitoringScheduleQuery(TODAY), MONITOR);
    }

    private static List<String> numbers(Function<MonitoringSchedule, List<ScheduledCertification>> list,
                                        MonitoringSchedule schedule) {
        return list.apply(schedule).stream().map(ScheduledCertification::certificateNumber).toList();
    }

    private ScheduledCertification onSchedule(String number) {
        return schedule().byLastCheck().stream()
                .filter(item -> item.certificateNumber().equals(number))
                .findFirst().orElseThrow();
    }

    @Test
    void dueDateRuleTheReReviewFallsDueThreeMonthsBeforeTheDayAfterTheLastValidDay() {
        assertThat(ReReviewDueDate.of(LocalDate.of(2025, 12, 14))).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(ReReviewDueDate.of(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(ReReviewDueDate.of(LocalDate.of(2026, 5, 30))).isEqualTo(LocalDate.of(2026, 2, 28));

        award("A", LocalDate.of(2025, 12, 14));
        ScheduledCertification scheduled = onSchedule("A");
        assertThat(scheduled.reReviewDueOn()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(scheduled.reReview()).isEqualTo(ReReviewStage.NOT_OPENED);
        assertThat(scheduled.status()).isEqualTo(CertificationStatus.ACTIVE);
        assertThat(scheduled.lastCheckedOn()).isNull();
    }

    @Test
    void reReviewsDueFallDueFromTodayToExactly90DaysAheadAndOverdueOnesFromYesterdayBack() {
        dueOn("YESTERDAY", TODAY.minusDays(1));
        dueOn("TODAY", TODAY);
        dueOn("DAY-90", TODAY.plusDays(90));
        dueOn("DAY-91", TODAY.plusDays(91));

        MonitoringSchedule schedule = schedule();
        assertThat(numbers(MonitoringSchedule::reReviewsDue, schedule)).containsExactly("TODAY", "DAY-90");
        assertThat(numbers(MonitoringSchedule::reReviewsOverdue, schedule)).containsExactly("YESTERDAY");
    }

    @Test
    void dueListsHoldOnlyReReviewsNotOpenedOfCertificationsActiveOrSuspended() {
        for (String number : List.of("ACTIVE", "SUSPENDED", "OPEN", "FAILED", "REVOKED")) {
            dueOn(number, TODAY.plusDays(10));
            dueOn(number + "-LATE", TODAY.minusDays(10));
        }
        for (String number : List.of("SUSPENDED", "SUSPENDED-LATE")) {
            projection.on(new CertificationSuspendedEvent(number, "장비 중단", T));
        }
        for (String number : List.of("OPEN", "OPEN-LATE", "FAILED", "FAILED-LATE")) {
            projection.on(new ReReviewOpenedEvent(number, "민원", false, T));
        }
        for (String number : List.of("FAILED", "FAILED-LATE")) {
            projection.on(new ReReviewFailedEvent(number, "미인증", T));
        }
        for (String number : List.of("REVOKED", "REVOKED-LATE")) {
            projection.on(new CertificationRevokedEvent(number, "허위 자료", "스마트도시법 제32조", T));
        }

        MonitoringSchedule schedule = schedule();
        assertThat(numbers(MonitoringSchedule::reReviewsDue, schedule)).containsExactly("ACTIVE", "SUSPENDED");
        assertThat(numbers(MonitoringSchedule::reReviewsOverdue, schedule))
                .containsExactly("ACTIVE-LATE", "SUSPENDED-LATE");
        assertThat(onSchedule("OPEN").reReview()).isEqualTo(ReReviewStage.OPEN);
        assertThat(onSchedule("FAILED").reReview()).isEqualTo(ReReviewStage.FAILED);
        assertThat(onSchedule("FAILED").status()).isEqualTo(CertificationStatus.ACTIVE);
    }

    @Test
    void expiriesWithinExactly30And90DaysCountBothEndsAndLeaveOutThoseNoLongerInForce() {
        award("TODAY", TODAY);
        award("DAY-30", TODAY.plusDays(30));
        award("DAY-31", TODAY.plusDays(31));
        award("DAY-90", TODAY.plusDays(90));
        award("DAY-91", TODAY.plusDays(91));
        award("YESTERDAY", TODAY.minusDays(1));
        award("REVOKED", TODAY.plusDays(5));
        projection.on(new CertificationRevokedEvent("REVOKED", "허위 자료", "스마트도시법 제32조", T));
        award("SUSPENDED", TODAY.plusDays(6));
        projection.on(new CertificationSuspendedEvent("SUSPENDED", "장비 중단", T));

        MonitoringSchedule schedule = schedule();
        assertThat(numbers(MonitoringSchedule::expiringWithin30Days, schedule))
                .containsExactly("TODAY", "SUSPENDED", "DAY-30");
        assertThat(numbers(MonitoringSchedule::expiringWithin90Days, schedule))
                .containsExactly("TODAY", "SUSPENDED", "DAY-30", "DAY-31", "DAY-90");
    }

    @Test
    void anOverdueReReviewIsOnlyOneStillWithinItsValidity() {
        award("ENDED-YESTERDAY", TODAY.minusDays(1));
        award("ENDS-TODAY", TODAY);
        assertThat(numbers(MonitoringSchedule::reReviewsOverdue, schedule())).containsExactly("ENDS-TODAY");
    }

    @Test
    void theStatusFollowsTheCertificationToItsEnd() {
        award("A", TODAY.plusDays(60));
        projection.on(new CertificationSuspendedEvent("A", "장비 중단", T));
        projection.on(new CertificationReinstatedEvent("A", "시정 완료", T, CertificationStatus.ACTIVE));
        projection.on(new ReReviewOpenedEvent("A", "자동 착수", true, T));
        assertThat(onSchedule("A").status()).isEqualTo(CertificationStatus.RE_REVIEW);
        projection.on(new CertificationRenewedEvent("A", "B", T));
        assertThat(onSchedule("A").reReview()).isEqualTo(ReReviewStage.RENEWED);
        assertThat(onSchedule("A").successorNumber()).isEqualTo("B");
        projection.on(new CertificateReissuedEvent("A", 2, List.of("그린에너지 주식회사"), "상호 변경", T));
        assertThat(onSchedule("A").holderNames()).containsExactly("그린에너지 주식회사");
        projection.on(new CertificationExpiredEvent("A", TODAY.plusDays(60), "B"));
        assertThat(schedule().byLastCheck()).isEmpty();
    }

    @Test
    void checksAreListedNewestFirstWithWhoCheckedAndTheLastCheckOnlyMovesForward() {
        award("A", TODAY.plusYears(1));
        check("e1", "A", LocalDate.of(2025, 3, 2), "monitor");
        check("e2", "A", LocalDate.of(2025, 5, 10), "monitor2");
        check("e3", "A", LocalDate.of(2025, 4, 1), "monitor");

        CertificationChecks checks = queries.handle(new FindMonitoringChecksQuery("A"), MONITOR).orElseThrow();
        assertThat(checks.lastCheckedOn()).isEqualTo(LocalDate.of(2025, 5, 10));
        assertThat(checks.checks()).extracting(MonitoringCheck::checkedOn).containsExactly(
                LocalDate.of(2025, 5, 10), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 3, 2));
        assertThat(checks.checks().get(0)).isEqualTo(new MonitoringCheck(LocalDate.of(2025, 5, 10), "서비스 운영 여부",
                true, "정상 운영", List.of("점검표.pdf"), "monitor2"));
        assertThat(queries.handle(new FindMonitoringChecksQuery("NONE"), MONITOR)).isEmpty();
    }

    @Test
    void neverCheckedCertificationsComeFirstThenTheLongestUnchecked() {
        award("RECENT", TODAY.plusYears(1));
        award("NEVER", TODAY.plusYears(1));
        award("LONG-AGO", TODAY.plusYears(1));
        check("e1", "RECENT", TODAY.minusDays(3), "monitor");
        check("e2", "LONG-AGO", TODAY.minusYears(1), "monitor");

        assertThat(schedule().byLastCheck()).extracting(ScheduledCertification::certificateNumber,
                        ScheduledCertification::lastCheckedOn)
                .containsExactly(tuple("NEVER", null), tuple("LONG-AGO", TODAY.minusYears(1)),
                        tuple("RECENT", TODAY.minusDays(3)));
    }

    @Test
    void processingTheSameEventsTwiceChangesNothing() {
        award("A", TODAY.plusDays(20));
        check("e1", "A", TODAY.minusDays(1), "monitor");
        projection.on(new CertificationSuspendedEvent("A", "장비 중단", T));
        MonitoringSchedule once = schedule();
        CertificationChecks checksOnce = queries.handle(new FindMonitoringChecksQuery("A"), MONITOR).orElseThrow();

        check("e1", "A", TODAY.minusDays(1), "monitor");
        projection.on(new CertificationSuspendedEvent("A", "장비 중단", T));

        assertThat(schedule()).isEqualTo(once);
        assertThat(queries.handle(new FindMonitoringChecksQuery("A"), MONITOR)).contains(checksOnce);
        assertThat(checksOnce.checks()).hasSize(1);
    }

    private List<Record> stored() {
        return Stream.concat(mongo.template().findAll(MonitoredCertification.class).stream(),
                mongo.template().findAll(LoggedCheck.class).stream()).toList();
    }

    /** A rebuild hands over hundreds of events in one unit of work: each must see what the earlier ones did. */
    @Test
    void manyEventsOfOneCertificationInOneBatchEndAsTheyDoOneByOne() {
        Runnable events = () -> {
            award("A", TODAY.plusDays(60));
            check("e1", "A", LocalDate.of(2025, 5, 10), "monitor");
            check("e2", "A", LocalDate.of(2025, 3, 2), "monitor2");
            projection.on(new CertificationSuspendedEvent("A", "장비 중단", T));
            projection.on(new CertificationReinstatedEvent("A", "시정 완료", T, CertificationStatus.ACTIVE));
            projection.on(new ReReviewOpenedEvent("A", "자동 착수", true, T));
            projection.on(new CertificationRenewedEvent("A", "B", T));
            projection.on(new CertificateReissuedEvent("A", 2, List.of("그린에너지 주식회사"), "상호 변경", T));
            check("e1", "A", LocalDate.of(2025, 5, 10), "monitor");
        };
        events.run();
        List<Record> oneByOne = stored();
        assertThat(oneByOne).hasSize(3).first().isEqualTo(new MonitoredCertification("A", "스마트 가로등 A",
                "Smart streetlight", List.of("그린에너지 주식회사"), ServiceField.ENVIRONMENT_ENERGY, ServiceLevel.L1,
                CertificationStatus.ACTIVE, TODAY.plusDays(60).minusYears(2).plusDays(1), TODAY.plusDays(60),
                ReReviewDueDate.of(TODAY.plusDays(60)), ReReviewStage.RENEWED, LocalDate.of(2025, 5, 10), "B"));
        projection.reset();

        OneBatch.run(() -> {
            events.run();
            assertThat(stored()).isEmpty();
        });

        assertThat(stored()).containsExactlyInAnyOrderElementsOf(oneByOne);
    }

    @Test
    void aResetBeforeARebuildEmptiesTheScheduleAndTheChecks() {
        award("A", TODAY.plusDays(20));
        check("e1", "A", TODAY, "monitor");
        projection.reset();
        assertThat(schedule().byLastCheck()).isEmpty();
        assertThat(mongo.template().findAll(LoggedCheck.class)).isEmpty();
    }

    @Test
    void monitoringStaffTheMinistryTheOperatorAndTheAdminSeeTheSchedule() {
        award("A", TODAY.plusDays(20));
        for (Role role : List.of(Role.MONITOR, Role.MINISTRY, Role.OPERATOR, Role.ADMIN)) {
            Viewer viewer = Viewer.of(role.name().toLowerCase(), role);
            assertThat(queries.handle(new FindMonitoringScheduleQuery(TODAY), viewer).byLastCheck()).as(role.name())
                    .hasSize(1);
            assertThat(queries.handle(new FindMonitoringChecksQuery("A"), viewer)).as(role.name()).isPresent();
        }
    }

    @Test
    void evaluatorsApplicantsAndThePublicAreRefusedTheScheduleAndTheChecks() {
        award("A", TODAY.plusDays(20));
        for (Viewer viewer : List.of(Viewer.of("evaluator1", Role.EVALUATOR), Viewer.of("applicant", Role.APPLICANT),
                Viewer.PUBLIC)) {
            assertThatThrownBy(() -> queries.handle(new FindMonitoringScheduleQuery(TODAY), viewer))
                    .isInstanceOfSatisfying(QueryExecutionException.class, e -> assertThat(e.getDetails())
                            .contains(new Refusal(Refusal.Kind.FORBIDDEN, Viewer.forbidden().getMessage())));
            assertThatThrownBy(() -> queries.handle(new FindMonitoringChecksQuery("A"), viewer))
                    .isInstanceOf(QueryExecutionException.class);
        }
    }

    @Test
    void theDeclaredIndexesAreAcceptedByTheEmbeddedServer() {
        var template = mongo.template();
        IndexResolver indexes = IndexResolver.create(
                (MongoMappingContext) template.getConverter().getMappingContext());
        for (Class<?> document : List.of(MonitoredCertification.class, LoggedCheck.class)) {
            indexes.resolveIndexFor(document).forEach(index -> template.indexOps(document).createIndex(index));
        }
        award("A", TODAY.plusDays(20));
        check("e1", "A", TODAY, "monitor");
        assertThat(schedule().expiringWithin30Days()).hasSize(1);
    }

    // ── 제안된 조치 ───────────────────────────────────────────────────────────────────────────────────

    private void propose(String number, ProposedAction action) {
        projection.on(new CertificationActionProposedEvent(number, action, "점검 결과 운영 중단", "monitor", T));
    }

    private List<ProposedActionItem> proposals(Viewer viewer, String number) {
        return queries.handle(new FindProposedActionsQuery(number), viewer);
    }

    @Test
    void anOpenProposalShowsWithTheCertificationItsStatusAndItsProposer() {
        award("SCS-1", TODAY.plusYears(1));
        award("SCS-2", TODAY.plusYears(1));
        propose("SCS-1", ProposedAction.SUSPENSION);

        assertThat(proposals(Viewer.of("ministry", Role.MINISTRY), null)).containsExactly(new ProposedActionItem(
                "SCS-1", "스마트 가로등 SCS-1", CertificationStatus.ACTIVE, ProposedAction.SUSPENSION, "점검 결과 운영 중단",
                "monitor", T));
        assertThat(proposals(MONITOR, "SCS-2")).isEmpty();
        assertThat(proposals(MONITOR, "SCS-1")).hasSize(1);
    }

    @Test
    void carryingOutOrDecliningAProposalClosesIt() {
        award("SCS-1", TODAY.plusYears(1));
        award("SCS-2", TODAY.plusYears(1));
        propose("SCS-1", ProposedAction.SUSPENSION);
        propose("SCS-2", ProposedAction.REVOCATION);

        projection.on(new CertificationSuspendedEvent("SCS-1", "운영 중단", T));
        projection.on(new ProposedActionDeclinedEvent("SCS-2", ProposedAction.REVOCATION, "경미함", T));

        assertThat(proposals(MONITOR, null)).isEmpty();
    }

    @Test
    void onlyMonitoringStaffTheMinistryAndTheAdminSeeProposals() {
        assertThatThrownBy(() -> proposals(Viewer.of("operator", Role.OPERATOR), null))
                .isInstanceOf(QueryExecutionException.class);
        assertThatThrownBy(() -> proposals(Viewer.PUBLIC, null)).isInstanceOf(QueryExecutionException.class);
        assertThat(proposals(Viewer.of("admin", Role.ADMIN), null)).isEmpty();
    }
}
