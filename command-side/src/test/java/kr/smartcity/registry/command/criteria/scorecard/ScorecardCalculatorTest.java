package kr.smartcity.registry.command.criteria.scorecard;

import static kr.smartcity.registry.command.api.ServiceField.ENVIRONMENT_ENERGY;
import static kr.smartcity.registry.command.api.ServiceField.HOUSING;
import static kr.smartcity.registry.command.api.ServiceField.TRANSPORT;
import static kr.smartcity.registry.command.api.ServiceLevel.L1;
import static kr.smartcity.registry.command.api.ServiceLevel.L2;
import static kr.smartcity.registry.command.api.ServiceLevel.L3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.CriteriaCatalog;
import kr.smartcity.registry.command.criteria.CriteriaVersion;
import kr.smartcity.registry.command.criteria.Points;

class ScorecardCalculatorTest {

    private static final CriteriaVersion CRITERIA = CriteriaCatalog.onClasspath().version("2023");
    private final ScorecardCalculator calculator = new ScorecardCalculator(CRITERIA);

    private static ScoresBuilder full(ServiceLevel level) {
        return ScoresBuilder.fullMarks(CRITERIA, level, TRANSPORT);
    }

    private static Points p(String value) {
        return Points.parse(value);
    }

    private static ResolvedScores unitService(ScoresBuilder scores) {
        return ResolvedScores.unitService(TRANSPORT, scores.build());
    }

    /** A transport unit service with the given L1 composition (area 2) score. */
    private static ResolvedScores unitServiceScoring(String area2) {
        ResolvedScores unit = switch (area2) {
            case "50" -> unitService(full(L1));
            case "48" -> unitService(full(L1).set("2.1.1.1", "1"));
            case "47" -> unitService(full(L1).zero("2.1.1.1"));
            case "46" -> unitService(full(L1).zero("2.1.2.3"));
            case "44" -> unitService(full(L1).zero("2.1.2.6").set("2.1.1.2", "2"));
            case "25" -> unitService(full(L1).zero("2.1.1.1", "2.1.2.1", "2.1.2.2", "2.1.2.3", "2.1.2.4", "2.1.2.5",
                    "2.1.2.6"));
            default -> throw new IllegalArgumentException(area2);
        };
        assertThat(new ScorecardCalculator(CRITERIA).score(unit).area("2").points()).isEqualTo(p(area2));
        return unit;
    }

    private static ResolvedScores networkService(ScoresBuilder own, String... unitServiceScores) {
        List<ResolvedScores> units = Arrays.stream(unitServiceScores)
                .map(ScorecardCalculatorTest::unitServiceScoring).toList();
        return ResolvedScores.linkedService(L2, TRANSPORT, own.build(), units, true);
    }

    private static ResolvedScores dataHubService(ScoresBuilder own, ResolvedScores... networkServices) {
        return ResolvedScores.linkedService(L3, TRANSPORT, own.build(), List.of(networkServices), true);
    }

    private static void assertAreas(Scorecard card, String area1, String area2, String area3, String total) {
        assertThat(card.areas()).extracting(a -> a.points().toString()).containsExactly(area1, area2, area3);
        assertThat(card.total()).isEqualTo(p(total));
    }

    @Nested
    @DisplayName("L1 단위 서비스")
    class UnitService {

        @Test
        void fullMarksAreCertifiedWithOneHundred() {
            Scorecard card = calculator.score(unitService(full(L1)));
            assertAreas(card, "30", "50", "20", "100");
            assertThat(card.certified()).isTrue();
            assertThat(card.reasons()).isEmpty();
            assertThat(card.indicators()).hasSize(34);
        }

        /** Area 1 = 21, area 2 = 35, area 3 = 14 ± the half point on 3.1.1.2. */
        @ParameterizedTest(name = "3.1.1.2 = {0} → total {1}, certified {2}")
        @CsvSource({"0, 69.5, false", "0.5, 70, true", "1, 70.5, true"})
        @DisplayName("the pass mark 70 is met at exactly 70 and missed at 69.5")
        void passMarkBoundary(String openData, String total, boolean certified) {
            Scorecard card = calculator.score(unitService(full(L1)
                    .zero("1.1.1.1", "1.2.1.1", "1.2.2.1")
                    .zero("2.1.2.6", "2.1.3.1", "2.1.3.2").set("2.1.1.1", "1")
                    .zero("3.1.2.1").set("3.1.1.2", openData).set("3.2.3.1", "1.5")));
            assertThat(card.area("1").points()).isEqualTo(p("21"));
            assertThat(card.area("2").points()).isEqualTo(p("35"));
            assertThat(card.total()).isEqualTo(p(total));
            assertThat(card.certified()).isEqualTo(certified);
            if (!certified) {
                assertThat(card.reasons()).containsExactly("총점 69.5점이 인증 기준 70점에 미달 / total 69.5 is below the pass mark 70");
            }
        }

        @ParameterizedTest(name = "1.2.3.1 = {0} → area 1 = {1}, certified {2}")
        @CsvSource({"0.5, 14.5, false", "1, 15, true", "1.5, 15.5, true"})
        @DisplayName("과락: area 1 at exactly its minimum 15 passes, 14.5 fails although the total is above 70")
        void areaOneMinimum(String localEconomy, String area1, boolean certified) {
            Scorecard card = calculator.score(unitService(full(L1)
                    .zero("1.1.1.1", "1.1.2.1", "1.2.1.1", "1.2.2.1", "1.2.2.2").set("1.2.3.1", localEconomy)));
            assertThat(card.area("1").points()).isEqualTo(p(area1));
            assertThat(card.total()).isGreaterThan(p("84"));
            assertThat(card.certified()).isEqualTo(certified);
            if (!certified) {
                assertThat(card.reasons()).containsExactly(
                        "1. 스마트도시 부합성 14.5점이 과락 기준 15점에 미달 / area 1 scored 14.5, below its minimum 15");
            }
        }

        @ParameterizedTest(name = "2.1.1.2 = {0} → area 2 = {1}, certified {2}")
        @CsvSource({"2.5, 29.5, false", "3, 30, true"})
        @DisplayName("과락: area 2 needs 30")
        void areaTwoMinimum(String userDetail, String area2, boolean certified) {
            Scorecard card = calculator.score(unitService(full(L1)
                    .zero("2.1.1.1", "2.1.2.1", "2.1.2.2", "2.1.2.3", "2.1.2.4", "2.1.2.5").set("2.1.1.2", userDetail)));
            assertThat(card.area("2").points()).isEqualTo(p(area2));
            assertThat(card.certified()).isEqualTo(certified);
        }

        @ParameterizedTest(name = "3.2.2.1 = {0} → area 3 = {1}, certified {2}")
        @CsvSource({"1.5, 9.5, false", "2, 10, true"})
        @DisplayName("과락: area 3 needs 10")
        void areaThreeMinimum(String manuals, String area3, boolean certified) {
            Scorecard card = calculator.score(unitService(full(L1)
                    .zero("3.1.1.1", "3.1.1.2", "3.1.2.1", "3.2.1.1").set("3.2.2.1", manuals)));
            assertThat(card.area("3").points()).isEqualTo(p(area3));
            assertThat(card.certified()).isEqualTo(certified);
        }

        @Test
        @DisplayName("the specialised variant follows the field: an environment/energy service is scored on 2.1.1.4-EE")
        void variantByField() {
            Scorecard card = calculator.score(ResolvedScores.unitService(ENVIRONMENT_ENERGY,
                    ScoresBuilder.fullMarks(CRITERIA, L1, ENVIRONMENT_ENERGY).build()));
            assertThat(card.indicator("2.1.1.4").indicator().specialisation()).contains(ENVIRONMENT_ENERGY);
            assertThat(card.total()).isEqualTo(p("100"));
        }

        @Test
        @DisplayName("a final score above the indicator's max counts only up to the max, and stays visible")
        void indicatorBoundedByMax() {
            Scorecard card = calculator.score(unitService(full(L1).set("1.2.3.1", "3")));
            IndicatorScore line = card.indicator("1.2.3.1");
            assertThat(line.entered()).isEqualTo(p("3"));
            assertThat(line.points()).isEqualTo(p("2"));
            assertThat(line.capped()).isTrue();
            assertThat(card.area("1").points()).isEqualTo(p("30"));
        }

        @Test
        @DisplayName("missing indicators score 0")
        void missingIndicatorsScoreZero() {
            Scorecard card = calculator.score(ResolvedScores.unitService(TRANSPORT, Map.of("1.1.1.1", p("3"))));
            assertThat(card.total()).isEqualTo(p("3"));
            assertThat(card.reasons()).hasSize(4);
        }
    }

    @Nested
    @DisplayName("L2 네트워크 연계 서비스: 2.2.1.1 = 0.5 × mean L1 composition score")
    class NetworkService {

        @Test
        @DisplayName("constituents 46 and 44 average 45, inheriting 22.5; passes with 97.5")
        void passing() {
            Scorecard card = calculator.score(networkService(full(L2), "46", "44"));
            assertThat(card.indicator("2.2.1.1").points()).isEqualTo(p("22.5"));
            assertAreas(card, "30", "47.5", "20", "97.5");
            assertThat(card.certified()).isTrue();
            assertThat(card.indicators()).hasSize(29);
        }

        @Test
        @DisplayName("constituents 47 and 44 inherit the fractional 22.75")
        void fractionalInheritedScore() {
            Scorecard card = calculator.score(networkService(full(L2), "47", "44"));
            assertThat(card.indicator("2.2.1.1").points()).isEqualTo(p("22.75"));
            assertThat(card.area("2").points()).isEqualTo(p("47.75"));
        }

        @Test
        @DisplayName("constituents 47, 48 and 48: 0.5 × 47.666… is rounded down to 23.83")
        void inheritedScoreRoundedDown() {
            Scorecard card = calculator.score(networkService(full(L2), "47", "48", "48"));
            assertThat(card.indicator("2.2.1.1").points()).isEqualTo(p("23.83"));
        }

        @Test
        @DisplayName("a single unit service passes on half its score")
        void singleConstituent() {
            assertThat(calculator.score(networkService(full(L2), "47")).indicator("2.2.1.1").points())
                    .isEqualTo(p("23.5"));
        }

        /** Area 1 = 20, area 2 = 22.5 inherited + 12.5 own = 35, area 3 = 15 or 14.5. */
        @ParameterizedTest(name = "3.2.3.1 = {0} → total {1}, certified {2}")
        @CsvSource({"1.5, 69.5, false", "2, 70, true"})
        @DisplayName("exactly 70 passes, 69.5 fails")
        void passMarkBoundary(String openSource, String total, boolean certified) {
            Scorecard card = calculator.score(networkService(full(L2)
                    .zero("1.2.1.1", "1.2.2.1", "1.2.2.2", "1.2.3.1")
                    .zero("2.2.3.1", "2.2.3.2", "2.2.3.3", "2.2.3.4").set("2.2.2.1", "2.5")
                    .zero("3.1.1.2", "3.2.1.1").set("3.2.3.1", openSource), "46", "44"));
            assertThat(card.area("2").points()).isEqualTo(p("35"));
            assertThat(card.total()).isEqualTo(p(total));
            assertThat(card.certified()).isEqualTo(certified);
        }

        @Test
        @DisplayName("79.5 in total but area 2 = 12.5 + 17 = 29.5 is below its minimum 30: not certified")
        void aboveSeventyButAreaBelowMinimum() {
            Scorecard card = calculator.score(networkService(full(L2)
                    .zero("2.2.3.1", "2.2.3.2").set("2.2.4.2", "2"), "25", "25"));
            assertAreas(card, "30", "29.5", "20", "79.5");
            assertThat(card.certified()).isFalse();
            assertThat(card.reasons()).containsExactly(
                    "2. 구성 및 기능 29.5점이 과락 기준 30점에 미달 / area 2 scored 29.5, below its minimum 30");
        }

        @Test
        @DisplayName("constituents not built to common criteria (공통된 기준) inherit nothing")
        void noCommonCriteriaNoInheritance() {
            ResolvedScores service = ResolvedScores.linkedService(L2, TRANSPORT, full(L2).build(),
                    List.of(unitServiceScoring("50"), unitServiceScoring("50")), false);
            assertThat(calculator.score(service).indicator("2.2.1.1").points()).isEqualTo(Points.ZERO);
        }
    }

    @Nested
    @DisplayName("L3 데이터 허브기반 서비스: 2.3.1.1 = 0.5 × mean L2 composition score")
    class DataHubService {

        @Test
        @DisplayName("network services scoring 50 and 44.5 inherit 0.5 × 47.25 = 23.625, rounded down to 23.62")
        void passing() {
            ResolvedScores fullNetwork = networkService(full(L2), "50", "50");
            ResolvedScores weakerNetwork = networkService(full(L2).zero("2.2.2.1"), "46", "44");
            Scorecard card = calculator.score(dataHubService(full(L3), fullNetwork, weakerNetwork));
            assertThat(card.indicator("2.3.1.1").points()).isEqualTo(p("23.62"));
            assertAreas(card, "30", "48.62", "20", "98.62");
            assertThat(card.certified()).isTrue();
            assertThat(card.indicators()).hasSize(31);
        }

        /** Area 1 = 20, area 2 = 25 + 10 = 35, area 3 = 15 or 14.5. */
        @ParameterizedTest(name = "3.2.3.1 = {0} → total {1}, certified {2}")
        @CsvSource({"1.5, 69.5, false", "2, 70, true"})
        @DisplayName("exactly 70 passes, 69.5 fails")
        void passMarkBoundary(String openSource, String total, boolean certified) {
            ResolvedScores network = networkService(full(L2), "50", "50");
            Scorecard card = calculator.score(dataHubService(full(L3)
                    .zero("1.2.1.1", "1.2.2.1", "1.2.2.2", "1.2.3.1")
                    .zero("2.3.2.1", "2.3.2.2", "2.3.2.3", "2.3.2.4", "2.3.5.1", "2.3.5.4")
                    .zero("3.1.1.2", "3.2.1.1").set("3.2.3.1", openSource), network, network));
            assertThat(card.area("2").points()).isEqualTo(p("35"));
            assertThat(card.total()).isEqualTo(p(total));
            assertThat(card.certified()).isEqualTo(certified);
        }

        @Test
        @DisplayName("89.5 in total but area 3 = 9.5 is below its minimum 10: not certified")
        void aboveSeventyButAreaBelowMinimum() {
            ResolvedScores network = networkService(full(L2), "50", "50");
            Scorecard card = calculator.score(dataHubService(full(L3)
                    .zero("3.1.1.1", "3.1.1.2", "3.1.2.1", "3.2.1.1").set("3.2.2.1", "1.5"), network));
            assertAreas(card, "30", "50", "9.5", "89.5");
            assertThat(card.certified()).isFalse();
            assertThat(card.reasons()).singleElement().asString().contains("과락 기준 10점에 미달");
        }
    }

    @Nested
    @DisplayName("entries the scorecard refuses")
    class Refusals {

        @Test
        void anIndicatorOfAnotherLevel() {
            assertThatThrownBy(() -> calculator.score(ResolvedScores.linkedService(L2, TRANSPORT,
                    Map.of("2.1.1.1", p("3")), List.of(), true)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2.1.1.1");
        }

        @Test
        void theDerivedIndicatorItself() {
            assertThatThrownBy(() -> calculator.score(ResolvedScores.linkedService(L2, TRANSPORT,
                    Map.of("2.2.1.1", p("25")), List.of(), true))).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("a specialised indicator for a field without a variant")
        void aVariantTheFieldDoesNotHave() {
            assertThatThrownBy(() -> calculator.score(ResolvedScores.unitService(HOUSING,
                    Map.of("2.1.1.4", p("3"))))).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void negativePoints() {
            assertThatThrownBy(() -> calculator.score(ResolvedScores.unitService(TRANSPORT,
                    Map.of("1.1.1.1", p("-1"))))).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aConstituentOfTheWrongLevel() {
            ResolvedScores network = networkService(full(L2), "50");
            assertThatThrownBy(() -> calculator.score(ResolvedScores.linkedService(L2, TRANSPORT, Map.of(),
                    List.of(network), true))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot be built from a L2 service");
        }
    }
}
