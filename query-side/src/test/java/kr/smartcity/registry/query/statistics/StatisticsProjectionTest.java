package kr.smartcity.registry.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.api.Applicant;
import kr.smartcity.registry.command.api.ApplicationKind;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationSubmittedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationAwardedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationExpiredEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationReinstatedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRevokedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationSuspendedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewOpenedEvent;
import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.DecisionMessages.ApplicationDecidedEvent;
import kr.smartcity.registry.command.api.DecisionOutcome;
import kr.smartcity.registry.command.api.EvaluationMessages.AreaResult;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluationConcludedEvent;
import kr.smartcity.registry.command.api.OrganisationType;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.InProcessMongo;
import kr.smartcity.registry.query.OneBatch;
import kr.smartcity.registry.query.api.StatisticsQueries.CertificationCount;
import kr.smartcity.registry.query.api.StatisticsQueries.RoundAreaAverage;
import kr.smartcity.registry.query.api.StatisticsQueries.RoundPassRate;
import kr.smartcity.registry.query.api.StatisticsQueries.Statistics;
import kr.smartcity.registry.query.api.StatisticsQueries.StatisticsQuery;

/** The statistics as plain objects over the real MongoDB wire protocol. */
class StatisticsProjectionTest {

    private static final Instant T = Instant.parse("2023-12-15T01:00:00Z");

    private final InProcessMongo mongo = new InProcessMongo();
    private final StatisticsProjection projection = new StatisticsProjection(mongo.template());
    private final StatisticsQueryHandler queries = new StatisticsQueryHandler(mongo.template());

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static CertificationAwardedEvent awarded(String number, ServiceField field, ServiceLevel level,
                                                     LocalDate validFrom) {
        return new CertificationAwardedEvent(number, null, null, new CertifiedService(List.of("스마트교통(주)"),
                "서비스 " + number, "Service", field, level, "세종특별자치시", Map.of(), new BigDecimal("80")),
                validFrom, validFrom.plusYears(2).minusDays(1), null, true);
    }

    private static ApplicationSubmittedEvent submitted(String applicationId, String roundId) {
        return new ApplicationSubmittedEvent(applicationId, roundId, new Applicant("스마트교통(주)", "220-81-62517", "홍길동",
                "02-123-4567", "세종", OrganisationType.COMPANY), "스마트 횡단보도", "Smart crosswalk",
                ServiceField.TRANSPORT, ServiceLevel.L1, "세종특별자치시", T,
                roundId == null ? ApplicationKind.RE_REVIEW : ApplicationKind.NEW, null, "2023", T, List.of(), "",
                Map.of(), List.of(), List.of());
    }

    private static EvaluationConcludedEvent concluded(String applicationId, String... areaPoints) {
        String[] names = {"스마트도시 부합성", "구성 및 기능", "운영"};
        List<AreaResult> areas = IntStream.range(0, areaPoints.length)
                .mapToObj(i -> new AreaResult(String.valueOf(i + 1), names[i], new BigDecimal(areaPoints[i]),
                        BigDecimal.TEN, BigDecimal.ONE, true))
                .toList();
        return new EvaluationConcludedEvent(applicationId, "2023", List.of(), areas, BigDecimal.ZERO,
                new BigDecimal("70"), true, List.of(), T);
    }

    private static ApplicationDecidedEvent decided(String applicationId, DecisionOutcome outcome) {
        return new ApplicationDecidedEvent(applicationId, ApplicationKind.NEW, outcome, null, null, List.of(), T);
    }

    private Statistics statistics() {
        return queries.handle(new StatisticsQuery());
    }

    @Test
    void certificationsAreCountedByAwardYearFieldLevelAndStatus() {
        projection.on(awarded("A", ServiceField.TRANSPORT, ServiceLevel.L1, LocalDate.of(2023, 12, 15)));
        projection.on(awarded("B", ServiceField.TRANSPORT, ServiceLevel.L1, LocalDate.of(2023, 12, 20)));
        projection.on(awarded("C", ServiceField.TRANSPORT, ServiceLevel.L1, LocalDate.of(2023, 12, 21)));
        projection.on(awarded("D", ServiceField.HOUSING, ServiceLevel.L2, LocalDate.of(2022, 1, 3)));
        projection.on(new CertificationSuspendedEvent("C", "장비 중단", T));
        projection.on(new CertificationExpiredEvent("D", LocalDate.of(2024, 1, 2), null));

        assertThat(statistics().certifications()).containsExactly(
                new CertificationCount(2022, ServiceField.HOUSING, ServiceLevel.L2, CertificationStatus.EXPIRED, 1),
                new CertificationCount(2023, ServiceField.TRANSPORT, ServiceLevel.L1, CertificationStatus.ACTIVE, 2),
                new CertificationCount(2023, ServiceField.TRANSPORT, ServiceLevel.L1, CertificationStatus.SUSPENDED, 1));
    }

    @Test
    void theStatusCountedIsTheCertificationsLatest() {
        projection.on(awarded("A", ServiceField.TRANSPORT, ServiceLevel.L1, LocalDate.of(2023, 12, 15)));
        projection.on(new ReReviewOpenedEvent("A", "민원", false, T));
        projection.on(new CertificationSuspendedEvent("A", "장비 중단", T));
        projection.on(new CertificationReinstatedEvent("A", "시정 완료", T, CertificationStatus.RE_REVIEW));
        assertThat(statistics().certifications()).extracting(CertificationCount::status)
                .containsExactly(CertificationStatus.RE_REVIEW);
        projection.on(new CertificationRevokedEvent("A", "허위 자료", "스마트도시법 제32조", T));
        assertThat(statistics().certifications()).extracting(CertificationCount::status)
                .containsExactly(CertificationStatus.REVOKED);
    }

    @Test
    void thePassRateOfARoundIsItsCertifiedShareOfTheDecidedApplications() {
        for (String id : List.of("A1", "A2", "A3", "A4")) {
            projection.on(submitted(id, "2023"));
        }
        projection.on(submitted("B1", "2024"));
        projection.on(submitted("RR", null));
        projection.on(decided("A1", DecisionOutcome.CERTIFIED));
        projection.on(decided("A2", DecisionOutcome.CERTIFIED));
        projection.on(decided("A3", DecisionOutcome.NOT_CERTIFIED));
        projection.on(decided("RR", DecisionOutcome.NOT_CERTIFIED));

        assertThat(statistics().passRates()).containsExactly(
                new RoundPassRate("2023", 4, 3, 2, new BigDecimal("66.7")),
                new RoundPassRate("2024", 1, 0, 0, null));
    }

    @Test
    void areaAveragesOfARoundTakeEachApplicationsLatestConcludedScorecard() {
        projection.on(submitted("A1", "2023"));
        projection.on(submitted("A2", "2023"));
        projection.on(submitted("A3", "2023"));
        projection.on(submitted("RR", null));
        projection.on(concluded("A1", "20", "30", "10"));
        projection.on(concluded("A2", "25", "35", "15"));
        projection.on(concluded("A2", "26", "36", "16"));
        projection.on(concluded("RR", "30", "50", "20"));

        assertThat(statistics().areaAverages()).containsExactly(
                new RoundAreaAverage("2023", "1", "스마트도시 부합성", 2, new BigDecimal("23.00")),
                new RoundAreaAverage("2023", "2", "구성 및 기능", 2, new BigDecimal("33.00")),
                new RoundAreaAverage("2023", "3", "운영", 2, new BigDecimal("13.00")));
    }

    @Test
    void processingTheSameEventsTwiceChangesNothing() {
        projection.on(awarded("A", ServiceField.TRANSPORT, ServiceLevel.L1, LocalDate.of(2023, 12, 15)));
        projection.on(new CertificationSuspendedEvent("A", "장비 중단", T));
        projection.on(submitted("A1", "2023"));
        projection.on(concluded("A1", "20.5", "30", "10"));
        projection.on(decided("A1", DecisionOutcome.CERTIFIED));
        Statistics once = statistics();

        projection.on(new CertificationSuspendedEvent("A", "장비 중단", T));
        projection.on(concluded("A1", "20.5", "30", "10"));
        projection.on(decided("A1", DecisionOutcome.CERTIFIED));

        assertThat(statistics()).isEqualTo(once);
        assertThat(once.certifications()).extracting(CertificationCount::count).containsExactly(1L);
        assertThat(once.passRates()).containsExactly(new RoundPassRate("2023", 1, 1, 1, new BigDecimal("100.0")));
        assertThat(once.areaAverages().get(0).averagePoints()).isEqualByComparingTo("20.5");
    }

    private List<Record> stored() {
        return Stream.concat(mongo.template().findAll(CertificationFacts.class).stream(),
                mongo.template().findAll(ApplicationFacts.class).stream()).toList();
    }

    /** A rebuild hands over hundreds of events in one unit of work: each must see what the earlier ones did. */
    @Test
    void manyEventsOfOneCertificationAndOneApplicationInOneBatchEndAsTheyDoOneByOne() {
        Runnable events = () -> {
            projection.on(awarded("A", ServiceField.TRANSPORT, ServiceLevel.L1, LocalDate.of(2023, 12, 15)));
            projection.on(new ReReviewOpenedEvent("A", "민원", false, T));
            projection.on(new CertificationSuspendedEvent("A", "장비 중단", T));
            projection.on(new CertificationReinstatedEvent("A", "시정 완료", T, CertificationStatus.RE_REVIEW));
            projection.on(submitted("A1", "2023"));
            projection.on(concluded("A1", "20", "30", "10"));
            projection.on(concluded("A1", "21", "31", "11"));
            projection.on(decided("A1", DecisionOutcome.CERTIFIED));
        };
        events.run();
        List<Record> oneByOne = stored();
        Statistics statistics = statistics();
        assertThat(statistics.certifications()).extracting(CertificationCount::status)
                .containsExactly(CertificationStatus.RE_REVIEW);
        assertThat(statistics.passRates())
                .containsExactly(new RoundPassRate("2023", 1, 1, 1, new BigDecimal("100.0")));
        assertThat(statistics.areaAverages().get(0).averagePoints()).isEqualByComparingTo("21");
        projection.reset();

        OneBatch.run(() -> {
            events.run();
            assertThat(stored()).isEmpty();
        });

        assertThat(stored()).containsExactlyInAnyOrderElementsOf(oneByOne);
        assertThat(statistics()).isEqualTo(statistics);
    }

    @Test
    void aResetBeforeARebuildEmptiesTheStatistics() {
        projection.on(awarded("A", ServiceField.TRANSPORT, ServiceLevel.L1, LocalDate.of(2023, 12, 15)));
        projection.on(submitted("A1", "2023"));
        projection.reset();
        assertThat(statistics()).isEqualTo(new Statistics(List.of(), List.of(), List.of()));
    }
}
