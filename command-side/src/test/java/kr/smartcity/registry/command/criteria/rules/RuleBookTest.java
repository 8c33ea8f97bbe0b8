package kr.smartcity.registry.command.criteria.rules;

import static kr.smartcity.registry.command.criteria.rules.RuleFixture.BOOK;
import static kr.smartcity.registry.command.criteria.rules.RuleFixture.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.basedata.BaseDataFile;
import kr.smartcity.registry.command.criteria.CriteriaCatalog;
import kr.smartcity.registry.command.criteria.Indicator;
import kr.smartcity.registry.command.criteria.rules.CountRule.Count;
import kr.smartcity.registry.command.criteria.rules.FeatureRule.Feature;

class RuleBookTest {

    @Test
    @DisplayName("every indicator of 2023 except the derived 2.2.1.1 and 2.3.1.1 has exactly one rule")
    void everyIndicatorHasARule() {
        var nonDerived = CriteriaCatalog.onClasspath().version("2023").indicators().filter(i -> !i.isDerived())
                .map(Indicator::code).collect(Collectors.toSet());
        assertThat(BOOK.indicatorCodes()).isEqualTo(nonDerived).hasSize(52);
    }

    @Test
    void derivedIndicatorsHaveNoRule() {
        assertThatThrownBy(() -> BOOK.suggest("2.2.1.1", ServiceLevel.L2, ServiceField.TRANSPORT, new Feature(true),
                CONTEXT)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("derived");
    }

    @Test
    void theWrongFactsAreRefused() {
        assertThatThrownBy(() -> BOOK.suggest("2.1.1.2", ServiceLevel.L1, ServiceField.TRANSPORT, new Feature(true),
                CONTEXT)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reads Count");
        assertThatThrownBy(() -> BOOK.suggest("2.1.3.4", ServiceLevel.L1, ServiceField.TRANSPORT, new Feature(true),
                CONTEXT)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DataUsePlan");
        assertThat(BOOK.factsType("2.1.1.2")).isEqualTo(Count.class);
    }

    @Test
    @DisplayName("an indicator outside the service's level or field is refused")
    void indicatorNotOnTheScorecard() {
        assertThatThrownBy(() -> BOOK.suggest("2.1.1.2", ServiceLevel.L2, ServiceField.TRANSPORT, new Count(3),
                CONTEXT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BOOK.suggest("2.1.1.4", ServiceLevel.L1, ServiceField.HOUSING,
                new SpecialisedProblemRule.Facts(true, SpecialisedProblemRule.SolutionProof.QUANTITATIVE), CONTEXT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("press media list: every named 가군/나군 outlet resolves, unnamed ones are 다군, categories are kept")
    void pressMediaDirectory() {
        PressMediaDirectory media = PressMediaDirectory.forVersion("2023");
        assertThat(media.groupOf("  reuters ")).isEqualTo(PressGroup.GA);
        assertThat(media.groupOf("La Repubbilca")).isEqualTo(PressGroup.GA);
        assertThat(media.groupOf("Headilne Daily")).isEqualTo(PressGroup.NA);
        assertThat(media.groupOf("OBS경인TV")).isEqualTo(PressGroup.NA);
        assertThat(media.groupOf("세종일보")).isEqualTo(PressGroup.DA);
        assertThat(media.categories(PressGroup.NA)).anyMatch(c -> c.startsWith("G20"));
        // base data (docs/base-data.md): the shipped list names its source and date
        assertThat(BaseDataFile.lines("criteria/press-media/2023.txt"))
                .anyMatch(line -> line.startsWith("# Source:") && line.contains("공고 제2023-1152호"))
                .anyMatch(line -> line.startsWith("# Date:") && line.contains("2023-09-13"));
    }
}
