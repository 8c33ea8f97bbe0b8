package kr.smartcity.registry.query.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
import kr.smartcity.registry.query.api.RegistryQueries.CertificationDetail;
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationQuery;
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationsQuery;
import kr.smartcity.registry.query.api.RegistryQueries.HistoryItem;
import kr.smartcity.registry.query.api.RegistryQueries.Verification;
import kr.smartcity.registry.query.api.RegistryQueries.VerifyCertificateQuery;

/** The registry projection and its queries as plain objects, over the real MongoDB wire protocol. */
class RegistryProjectionTest {

    private static final String NO = "SCS-2023-T-0001";
    private static final Instant AWARDED_AT = Instant.parse("2023-12-15T01:00:00Z");
    private static final CertifiedService SERVICE = new CertifiedService(List.of("스마트교통(주)"), "스마트 횡단보도",
            "Smart Crosswalk", ServiceField.TRANSPORT, ServiceLevel.L1, "세종특별자치시",
            Map.of("1", new BigDecimal("25"), "2", new BigDecimal("40.5"), "3", new BigDecimal("16")),
            new BigDecimal("81.5"));

    private final InProcessMongo mongo = new InProcessMongo();
    private final RegistryProjection projection = new RegistryProjection(mongo.template());
    private final RegistryQueryHandler queries = new RegistryQueryHandler(mongo.template(),
            Clock.fixed(LocalDate.of(2024, 6, 1).atStartOfDay(Seoul.ZONE).toInstant(), Seoul.ZONE));

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
                CertificationStatus.ACTIVE, 2023, "세종특별자치시", "스마트횡단", 0, 20)).totalItems()).isEqualTo(1);
        assertThat(queries.handle(new FindCertificationsQuery(null, null, null, null, null, "smart crosswalk", 0, 20))
                .items()).extracting(item -> item.certificateNumber()).containsExactly(NO);
        assertThat(queries.handle(new FindCertificationsQuery(ServiceField.ENVIRONMENT_ENERGY, null, null, null,
                null, null, 0, 20)).totalItems()).isZero();
        assertThat(queries.handle(new FindCertificationsQuery(null, null, CertificationStatus.REVOKED, null,
                null, null, 0, 20)).totalItems()).isZero();
    }

    @Test
    void anUnknownNumberIsNotFound() {
        assertThat(queries.handle(new VerifyCertificateQuery("SCS-1999-X-0000"))).isEmpty();
        assertThat(queries.handle(new FindCertificationQuery("SCS-1999-X-0000"))).isEmpty();
    }
}
