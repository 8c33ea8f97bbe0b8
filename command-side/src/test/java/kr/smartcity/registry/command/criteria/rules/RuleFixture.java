package kr.smartcity.registry.command.criteria.rules;

import java.time.LocalDate;

import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.CriteriaCatalog;

/** The 2023 rule book and a 2023 application (submitted 2023-10-25, deadline 2023-10-26) for rule tests. */
final class RuleFixture {

    static final LocalDate APPLIED = LocalDate.of(2023, 10, 25);
    static final ScoringContext CONTEXT = new ScoringContext(APPLIED, LocalDate.of(2023, 10, 26));
    static final RuleBook BOOK = RuleBook.seed2023(CriteriaCatalog.onClasspath().version("2023"),
            PressMediaDirectory.forVersion("2023"));

    private RuleFixture() {
    }

    /** Suggested points as text ("2.5"), or "withheld"; level from the code, field transport. */
    static String suggest(String code, Evidence facts) {
        return show(BOOK.suggest(code, levelOf(code), ServiceField.TRANSPORT, facts, CONTEXT));
    }

    static String show(Suggestion suggestion) {
        return suggestion.points().map(Object::toString).orElse("withheld");
    }

    static ServiceLevel levelOf(String code) {
        if (code.startsWith("2.2")) {
            return ServiceLevel.L2;
        }
        return code.startsWith("2.3") ? ServiceLevel.L3 : ServiceLevel.L1;
    }
}
