package kr.smartcity.registry.command.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.scorecard.ResolvedScores;
import kr.smartcity.registry.command.criteria.scorecard.Scorecard;
import kr.smartcity.registry.command.criteria.scorecard.ScorecardCalculator;

/** A later call's criteria are a new file (test resource criteria/2099.txt); no code changes, 2023 unaffected. */
class CriteriaVersioningTest {

    private final CriteriaCatalog catalog = CriteriaCatalog.onClasspath();

    @Test
    @DisplayName("2099 loads from its file with its own points, pass mark and minimum")
    void secondVersionLoads() {
        CriteriaVersion v2099 = catalog.version("2099");
        assertThat(v2099.passMark()).isEqualTo(Points.of(75));
        assertThat(v2099.area("1").orElseThrow().minimumPoints()).isEqualTo(Points.of(18));
        assertThat(max(v2099, "1.1.1.1")).isEqualTo(Points.of(4));
        assertThat(max(v2099, "1.1.2.1")).isEqualTo(Points.of(2));
    }

    @Test
    @DisplayName("2023 keeps its points after 2099 is loaded, and the same scores are judged by each version's rules")
    void versionsAreIndependent() {
        CriteriaVersion v2099 = catalog.version("2099");
        CriteriaVersion v2023 = catalog.version("2023");
        assertThat(max(v2023, "1.1.1.1")).isEqualTo(Points.of(3));
        assertThat(v2023.passMark()).isEqualTo(Points.of(70));

        Map<String, Points> scores = Map.of("1.1.1.1", Points.of(4), "2.1.1.1", Points.of(3));
        ResolvedScores service = ResolvedScores.unitService(ServiceField.TRANSPORT, scores);
        Scorecard under2023 = new ScorecardCalculator(v2023).score(service);
        Scorecard under2099 = new ScorecardCalculator(v2099).score(service);
        assertThat(under2023.indicator("1.1.1.1").points()).isEqualTo(Points.of(3));
        assertThat(under2099.indicator("1.1.1.1").points()).isEqualTo(Points.of(4));
        assertThat(under2023.criteriaVersion()).isEqualTo("2023");
        assertThat(under2099.passMark()).isEqualTo(Points.of(75));
    }

    private static Points max(CriteriaVersion version, String code) {
        return version.indicator(code, ServiceLevel.L1, ServiceField.TRANSPORT).orElseThrow().maxPoints();
    }
}
