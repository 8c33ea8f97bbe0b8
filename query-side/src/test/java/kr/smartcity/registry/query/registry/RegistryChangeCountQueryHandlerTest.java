package kr.smartcity.registry.query.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.api.CertificationMessages.CertificationAwardedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationSuspendedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.InProcessMongo;
import kr.smartcity.registry.query.api.RegistryQueries.CountRegistryChangesQuery;

/** The registry's changes counted, over the real MongoDB wire protocol. */
class RegistryChangeCountQueryHandlerTest {

    private static final Instant AT = Instant.parse("2023-12-15T01:00:00Z");
    private static final CertifiedService SERVICE = new CertifiedService(List.of("스마트교통(주)"), "스마트 횡단보도",
            "Smart Crosswalk", ServiceField.TRANSPORT, ServiceLevel.L1, "세종특별자치시",
            Map.of("1", new BigDecimal("25")), new BigDecimal("81.5"));

    private final InProcessMongo mongo = new InProcessMongo();
    private final RegistryVersion version = new RegistryVersion();
    private final RegistryProjection projection = new RegistryProjection(mongo.template(), version);
    private final RegistryChangeCountQueryHandler queries =
            new RegistryChangeCountQueryHandler(mongo.template(), version);

    @AfterEach
    void stop() {
        mongo.close();
    }

    private long changes() {
        return queries.handle(new CountRegistryChangesQuery()).changes();
    }

    private void award(String number, String eventId) {
        projection.on(new CertificationAwardedEvent(number, "APP-" + number, "2023", SERVICE,
                LocalDate.of(2023, 12, 15), LocalDate.of(2025, 12, 14), null, false), eventId, AT);
    }

    @Test
    void everyChangeOfTheRegistryCountsOnceWhateverItsTime() {
        assertThat(changes()).isZero();
        award("SCS-2023-T-0001", "e1");
        award("SCS-2023-T-0002", "e2");
        assertThat(changes()).isEqualTo(2);

        Instant earlier = AT.minusSeconds(3600);
        projection.on(new CertificationSuspendedEvent("SCS-2023-T-0001", "미운영", earlier), "e3", earlier);
        assertThat(changes()).isEqualTo(3);

        projection.on(new CertificationSuspendedEvent("SCS-2023-T-0001", "미운영", earlier), "e3", earlier);
        assertThat(changes()).as("an event processed again").isEqualTo(3);
    }

    @Test
    void aResetRegistryStartsAgainFromNothing() {
        award("SCS-2023-T-0001", "e1");
        assertThat(changes()).isEqualTo(1);
        projection.reset();
        assertThat(changes()).isZero();
    }

    @Test
    void theCountIsKeptUntilTheRegistryVersionMoves() {
        award("SCS-2023-T-0001", "e1");
        assertThat(changes()).isEqualTo(1);
        mongo.template().dropCollection(RegistryEntry.class);
        assertThat(changes()).as("not counted again").isEqualTo(1);
        version.changed();
        assertThat(changes()).isZero();
    }
}
