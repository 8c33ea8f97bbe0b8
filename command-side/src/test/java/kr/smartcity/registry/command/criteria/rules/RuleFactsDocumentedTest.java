package kr.smartcity.registry.command.criteria.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.criteria.CriteriaCatalog;
import kr.smartcity.registry.command.criteria.CriteriaVersion;

/** docs/events.md tells operators which facts each indicator's rule reads; it must match the rule book. */
class RuleFactsDocumentedTest {

    @Test
    void everyIndicatorWithARuleIsDocumentedWithItsFactsRecord() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "events.md"));
        CriteriaVersion criteria = CriteriaCatalog.onClasspath().version("2023");
        RuleBook book = RuleBook.seed2023(criteria, PressMediaDirectory.forVersion("2023"));
        for (String code : book.indicatorCodes()) {
            String factsType = book.factsType(code).getName()
                    .replace(RuleBook.class.getPackageName() + ".", "").replace('$', '.');
            assertThat(doc).as("docs/events.md row for " + code).contains("| " + code + " | `" + factsType + "` |");
        }
    }
}
