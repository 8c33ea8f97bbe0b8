package kr.smartcity.registry.query.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import kr.smartcity.registry.command.api.CertificationMessages.CertificateReissuedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationAwardedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationExpiredEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationReinstatedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRenewedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationSuspendedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewOpenedEvent;
import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.InProcessMongo;
import kr.smartcity.registry.query.OneBatch;
import kr.smartcity.registry.query.api.RegistryQueries.CertificationDetail;
import kr.smartcity.registry.query.api.RegistryQueries.CertificationSummary;
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationQuery;
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationsQuery;
import kr.smartcity.registry.query.api.RegistryQueries.FindLatestRegistryChangesQuery;
import kr.smartcity.registry.query.api.RegistryQueries.FindRegistryChangesQuery;
import kr.smartcity.registry.query.api.RegistryQueries.HistoryItem;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryChange;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryChanges;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryOrder;
import kr.smartcity.registry.query.api.RegistryQueries.Verification;
import kr.smartcity.registry.query.api.RegistryQueries.VerifyCertificateQuery;
import kr.smartcity.registry.query.regions.AdministrativeDistricts;

/** The registry projection and its queries as plain objects, over the real MongoDB wire protocol. */
class RegistryProjectionTest {

    private static final String NO = "SCS-2023-T-0001";
    private static final String STREETLIGHT = "SCS-2022-E-0001";
    private static final String CARE = "SCS-2024-H-0001";
    private static final Instant AWARDED_AT = Instant.parse("2023-12-15T01:00:00Z");
    private static final CertifiedService SERVICE = new CertifiedService(List.of("스마트교통(주)"), "스마트 횡단보도",
            "Smart Crosswalk", ServiceField.TRANSPORT, ServiceLevel.L1, "세종특별자치시",
            Map.of("1", new BigDecimal("25"), "2", new BigDecimal("40.5"), "3", new BigDecimal("16")),
            new BigDecimal("81.5"));

    private final InProcessMongo mongo = new InProcessMongo();
    private final RegistryVersion version = new RegistryVersion();
    private final RegistryProjection projection = new RegistryProjection(mongo.template(), version);
    private final RegistryQueryHandler queries = new RegistryQueryHandler(mongo.template(),
            Clock.fixed(LocalDate.of(2024, 6, 1).atStartOfDay(Seoul.ZONE).toInstant(), Seoul.ZONE),
            version, new RegionFilter(mongo.template(), new AdministrativeDistricts()));

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void award() {
        projection.on(new CertificationAwardedEvent(NO, "APP-1", "2023", SERVICE, LocalDate.of(2023, 12, 15),
                LocalDate.of(2025, 12, 14), null, false), "e1", AWARDED_AT);
    }

    private CertificationDetail detail() {
        return queries.handle(new FindCertificationQuery(NO)).orElseThrow();
    }

    private Verification verify(String number) {
        return queries.handle(new VerifyCertificateQuery(number)).orElseThrow();
    }

    @Test
    void anAwardedCertificationIsListedActiveWithItsScoresAndFirstHistoryStep() {
        award();
        CertificationDetail detail = detail();
        assertThat(detail.status()).isEqualTo(CertificationStatus.ACTIVE);
        assertThat(detail.areaScores()).containsEntry("2", new BigDecimal("40.5"));
        assertThat(detail.totalScore()).isEqualByComparingTo("81.5");
        assertThat(detail.history()).containsExactly(new HistoryItem(AWARDED_AT, CertificationStatus.ACTIVE,
                "AWARDED", null));
        assertThat(verify(NO).valid()).isTrue();
    }

    @Test
    void eachLaterEventIsAStepOfThePublicHistory() {
        award();
        Instant t = AWARDED_AT.plusSeconds(86_400);
        projection.on(new CertificationSuspendedEvent(NO, "미운영", t), "e2", t);
        assertThat(verify(NO).status()).isEqualTo(CertificationStatus.SUSPENDED);
        assertThat(verify(NO).valid()).isFalse();
        projection.on(new CertificationReinstatedEvent(NO, "시정", t, CertificationStatus.ACTIVE), "e3", t);
        projection.on(new CertificateReissuedEvent(NO, 2, List.of("스마트모빌리티(주)"), "상호 변경", t), "e4", t);

        assertThat(detail().history()).extracting(HistoryItem::event)
                .containsExactly("AWARDED", "SUSPENDED", "REINSTATED", "REISSUED");
        assertThat(detail().holderName()).isEqualTo("스마트모빌리티(주)");
        assertThat(verify(NO).valid()).isTrue();
    }

    @Test
    void anEventProcessedAgainAfterACrashChangesNothing() {
        award();
        Instant t = AWARDED_AT.plusSeconds(86_400);
        projection.on(new CertificationSuspendedEvent(NO, "미운영", t), "e2", t);
        award();
        projection.on(new CertificationSuspendedEvent(NO, "미운영", t), "e2", t);

        assertThat(detail().history()).extracting(HistoryItem::event).containsExactly("AWARDED", "SUSPENDED");
    }

    @Test
    void aResetBeforeARebuildEmptiesTheRegistry() {
        award();
        projection.reset();
        assertThat(queries.handle(new FindCertificationQuery(NO))).isEmpty();
    }

    @Test
    void anExpiredRenewedCertificateNamesTheNumberThatReplacedIt() {
        award();
        Instant t = AWARDED_AT.plusSeconds(86_400);
        projection.on(new ReReviewOpenedEvent(NO, "자동", true, t), "e2", t);
        projection.on(new CertificationRenewedEvent(NO, "SCS-2025-T-0003", t), "e3", t);
        projection.on(new CertificationExpiredEvent(NO, LocalDate.of(2025, 12, 14), "SCS-2025-T-0003"), "e4", t);

        Verification old = verify(NO);
        assertThat(old.status()).isEqualTo(CertificationStatus.EXPIRED);
        assertThat(old.valid()).isFalse();
        assertThat(old.replacedBy()).isEqualTo("SCS-2025-T-0003");
    }

    @Test
    void theRegistryFiltersAndFindsByTextIgnoringSpacesAndCase() {
        award();
        assertThat(queries.handle(new FindCertificationsQuery(ServiceField.TRANSPORT, ServiceLevel.L1,
                CertificationStatus.ACTIVE, 2023, "세종특별자치시", "스마트횡단", null, 0, 20)).totalItems()).isEqualTo(1);
        assertThat(numbersFound("smart crosswalk")).containsExactly(NO);
        assertThat(numbersFound("SMARTCross Walk")).containsExactly(NO);
        assertThat(numbersFound("스마트  횡단 보도")).containsExactly(NO);
        assertThat(queries.handle(new FindCertificationsQuery(ServiceField.ENVIRONMENT_ENERGY, null, null, null,
                null, null, null, 0, 20)).totalItems()).isZero();
        assertThat(queries.handle(new FindCertificationsQuery(null, null, CertificationStatus.REVOKED, null,
                null, null, null, 0, 20)).totalItems()).isZero();
    }

    @Test
    void initialConsonantsFindTheSyllablesTheyBeginAlsoMixedWithWholeSyllables() {
        award();
        award(STREETLIGHT, "스마트 가로등 에너지 관리", "Smart streetlight", "그린에너지(주)", 2022, "77.5", "e10");
        award(CARE, "AI 돌봄 서비스", "AI care", "돌봄(주)", 2024, "91", "e20");

        assertThat(numbersFound("ㅅㅁㅌ")).containsExactlyInAnyOrder(NO, STREETLIGHT);
        assertThat(numbersFound("ㅅㅁㅌ ㄱㄹㄷ")).containsExactly(STREETLIGHT);
        assertThat(numbersFound("스마ㅌ")).containsExactlyInAnyOrder(NO, STREETLIGHT);
        assertThat(numbersFound("스마트ㄱ로")).containsExactly(STREETLIGHT);
        assertThat(numbersFound("ai ㄷㅂ")).containsExactly(CARE);
        assertThat(numbersFound("ㄱㄹㅇㄴㅈ(ㅈ)")).containsExactly(STREETLIGHT);
        assertThat(numbersFound("ㅎㅎ")).isEmpty();
        assertThat(numbersFound("ㄷㅂㅅ")).containsExactly(CARE);
        assertThat(numbersFound("(주")).containsExactlyInAnyOrder(NO, STREETLIGHT, CARE);
        assertThat(numbersFound(".*")).isEmpty();
    }

    @Test
    void theRegistryIsListedInEachOrder() {
        award();
        award(STREETLIGHT, "스마트 가로등 에너지 관리", "Smart streetlight", "그린에너지(주)", 2022, "77.5", "e10");
        award(CARE, "AI 돌봄 서비스", "AI care", "돌봄(주)", 2024, "91", "e20");

        assertThat(numbersIn(null)).containsExactly(CARE, NO, STREETLIGHT);
        assertThat(numbersIn(RegistryOrder.NEWEST)).containsExactly(CARE, NO, STREETLIGHT);
        assertThat(numbersIn(RegistryOrder.OLDEST)).containsExactly(STREETLIGHT, NO, CARE);
        assertThat(numbersIn(RegistryOrder.NAME)).containsExactly(CARE, STREETLIGHT, NO);
        assertThat(numbersIn(RegistryOrder.SCORE)).containsExactly(CARE, NO, STREETLIGHT);
        assertThat(numbersIn(RegistryOrder.EXPIRY)).containsExactly(STREETLIGHT, NO, CARE);
    }

    @Test
    void certificatesOfOneDayAreListedLaterNumberFirstAndTheOldestOrderIsItsReverse() {
        award(STREETLIGHT, "가", "a", "갑(주)", 2024, "80", "e10");
        award(CARE, "나", "b", "을(주)", 2024, "80", "e20");

        assertThat(numbersIn(RegistryOrder.NEWEST)).containsExactly(CARE, STREETLIGHT);
        assertThat(numbersIn(RegistryOrder.OLDEST)).containsExactly(STREETLIGHT, CARE);
        assertThat(numbersIn(RegistryOrder.SCORE)).containsExactly(STREETLIGHT, CARE);
    }

    @Test
    void everyPublicStepIsAChangeOfTheRegistryOldestFirst() {
        award();
        Instant suspended = AWARDED_AT.plusSeconds(60);
        Instant reinstated = AWARDED_AT.plusSeconds(120);
        projection.on(new CertificationSuspendedEvent(NO, "미운영", suspended), "e2", suspended);
        projection.on(new CertificationReinstatedEvent(NO, "시정", reinstated, CertificationStatus.ACTIVE), "e3",
                reinstated);

        RegistryChanges all = queries.handle(new FindRegistryChangesQuery(AWARDED_AT.minusSeconds(1), 100));
        assertThat(all.items()).containsExactly(
                new RegistryChange(AWARDED_AT, NO, "AWARDED", CertificationStatus.ACTIVE, "스마트 횡단보도",
                        "Smart Crosswalk", "e1"),
                new RegistryChange(suspended, NO, "SUSPENDED", CertificationStatus.SUSPENDED, "스마트 횡단보도",
                        "Smart Crosswalk", "e2"),
                new RegistryChange(reinstated, NO, "REINSTATED", CertificationStatus.ACTIVE, "스마트 횡단보도",
                        "Smart Crosswalk", "e3"));
        assertThat(all.next()).isNull();
        assertThat(queries.handle(new FindRegistryChangesQuery(AWARDED_AT, 100)).items())
                .extracting(RegistryChange::id).containsExactly("e2", "e3");
        assertThat(queries.handle(new FindLatestRegistryChangesQuery(2)))
                .extracting(RegistryChange::id).containsExactly("e3", "e2");
    }

    @Test
    void changesOfOneInstantComeInTheOrderOfTheirCertificationsHistory() {
        projection.on(new CertificationAwardedEvent(NO, null, "2019", SERVICE, LocalDate.of(2019, 12, 20),
                LocalDate.of(2021, 12, 19), null, true), "z1", AWARDED_AT);
        projection.on(new CertificationExpiredEvent(NO, LocalDate.of(2021, 12, 19), null), "a2", AWARDED_AT);

        assertThat(queries.handle(new FindRegistryChangesQuery(Instant.EPOCH, 100)).items())
                .extracting(RegistryChange::event).containsExactly("IMPORTED", "EXPIRED");
        assertThat(queries.handle(new FindLatestRegistryChangesQuery(50)))
                .extracting(RegistryChange::event).containsExactly("EXPIRED", "IMPORTED");
    }

    @Test
    void anEventProcessedAgainIsStillOneChange() {
        award();
        Instant t = AWARDED_AT.plusSeconds(60);
        projection.on(new CertificationSuspendedEvent(NO, "미운영", t), "e2", t);
        projection.on(new CertificationSuspendedEvent(NO, "미운영", t), "e2", t);
        award();

        assertThat(queries.handle(new FindRegistryChangesQuery(Instant.EPOCH, 100)).items())
                .extracting(RegistryChange::id).containsExactly("e1", "e2");
    }

    @Test
    void aChangeLostWithoutItsStepIsWrittenWhenTheEventComesAgain() {
        award();
        Instant t = AWARDED_AT.plusSeconds(60);
        projection.on(new CertificationSuspendedEvent(NO, "미운영", t), "e2", t);
        mongo.template().remove(new Query(Criteria.where("_id").is("e2")), PublicChange.class);

        projection.on(new CertificationSuspendedEvent(NO, "미운영", t), "e2", t);

        assertThat(queries.handle(new FindRegistryChangesQuery(Instant.EPOCH, 100)).items())
                .extracting(RegistryChange::id, RegistryChange::status)
                .containsExactly(tuple("e1", CertificationStatus.ACTIVE), tuple("e2", CertificationStatus.SUSPENDED));
        assertThat(detail().history()).hasSize(2);
    }

    @Test
    void aPageOfChangesNeverSplitsAnInstantAndNamesWhereTheNextStarts() {
        award();
        award(STREETLIGHT, "스마트 가로등", "Smart streetlight", "그린에너지(주)", 2022, "77.5", "e10");
        award(CARE, "AI 돌봄 서비스", "AI care", "돌봄(주)", 2024, "91", "e20");
        Instant later = AWARDED_AT.plusSeconds(60);
        projection.on(new CertificationSuspendedEvent(NO, "미운영", later), "e30", later);

        RegistryChanges first = queries.handle(new FindRegistryChangesQuery(Instant.EPOCH, 2));
        assertThat(first.items()).extracting(RegistryChange::id).containsExactly("e10", "e1", "e20");
        assertThat(first.next()).isEqualTo(AWARDED_AT);
        RegistryChanges second = queries.handle(new FindRegistryChangesQuery(first.next(), 2));
        assertThat(second.items()).extracting(RegistryChange::id).containsExactly("e30");
        assertThat(second.next()).isNull();
    }

    @Test
    void aResetEmptiesTheChangesToo() {
        award();
        projection.reset();
        assertThat(queries.handle(new FindRegistryChangesQuery(Instant.EPOCH, 100)).items()).isEmpty();
        assertThat(queries.handle(new FindLatestRegistryChangesQuery(50))).isEmpty();
    }

    @Test
    void aResetMakesTheDeclaredIndexesOfBothCollectionsAnew() {
        projection.reset();
        assertThat(indexNames(RegistryEntry.class)).contains("status_field_level_newest", "field_level_newest",
                "level_newest", "year_newest", "region_newest", "newest", "name", "score", "expiry");
        assertThat(indexNames(PublicChange.class)).contains("in_order");
    }

    private List<String> indexNames(Class<?> document) {
        return mongo.template().indexOps(document).getIndexInfo().stream().map(IndexInfo::getName).toList();
    }

    private void award(String number, String nameKo, String nameEn, String holder, int year, String score,
                       String eventId) {
        LocalDate from = LocalDate.of(year, 12, 15);
        projection.on(new CertificationAwardedEvent(number, "APP-" + number, String.valueOf(year),
                new CertifiedService(List.of(holder), nameKo, nameEn, ServiceField.ENVIRONMENT_ENERGY,
                        ServiceLevel.L2, "부산광역시", Map.of(), new BigDecimal(score)),
                from, from.plusYears(2).minusDays(1), null, false), eventId, AWARDED_AT);
    }

    private List<String> numbersFound(String text) {
        return queries.handle(new FindCertificationsQuery(null, null, null, null, null, text, null, 0, 20)).items()
                .stream().map(CertificationSummary::certificateNumber).toList();
    }

    private List<String> numbersIn(RegistryOrder order) {
        return queries.handle(new FindCertificationsQuery(null, null, null, null, null, null, order, 0, 20)).items()
                .stream().map(CertificationSummary::certificateNumber).toList();
    }

    @Test
    void anUnknownNumberIsNotFound() {
        assertThat(queries.handle(new VerifyCertificateQuery("SCS-1999-X-0000"))).isEmpty();
        assertThat(queries.handle(new FindCertificationQuery("SCS-1999-X-0000"))).isEmpty();
    }

    private static final FindCertificationsQuery SUSPENDED_ONES = new FindCertificationsQuery(null, null,
            CertificationStatus.SUSPENDED, null, null, null, null, 0, 20);

    @Test
    void aPageAskedAgainIsAnsweredAnewOnceTheRegistryHasChanged() {
        award();
        assertThat(queries.handle(SUSPENDED_ONES).totalItems()).isZero();
        Instant t = AWARDED_AT.plusSeconds(86_400);
        projection.on(new CertificationSuspendedEvent(NO, "미운영", t), "e2", t);
        assertThat(queries.handle(SUSPENDED_ONES).totalItems()).isEqualTo(1);
    }

    @Test
    void withinABatchTheKeptPagesStayUntilTheBatchCommits() {
        award();
        assertThat(queries.handle(SUSPENDED_ONES).totalItems()).isZero();
        Instant t = AWARDED_AT.plusSeconds(86_400);
        OneBatch.run(() -> {
            projection.on(new CertificationSuspendedEvent(NO, "미운영", t), "e2", t);
            assertThat(queries.handle(SUSPENDED_ONES).totalItems()).as("nothing written yet").isZero();
        });
        assertThat(queries.handle(SUSPENDED_ONES).totalItems()).isEqualTo(1);
    }
}
