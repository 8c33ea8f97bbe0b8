package kr.smartcity.registry.command.criteria;

import java.util.Arrays;
import java.util.Optional;

/**
 * How an indicator's points are found. Every final score is resolved (의결) by the committee; this says
 * what the pre-evaluation (사전평가) can suggest before it meets.
 */
public enum Assessment {
    /** The seed gives an objective rule: a suggestion is computed from evidence facts. */
    RULE("rule"),
    /** Objective for some evidence, committee for the rest (기타 증빙 의결, 과반 동의, 재량): those parts are withheld. */
    RULE_OR_COMMITTEE("rule-or-committee"),
    /** Left entirely to the committee (e.g. 과반 동의): always withheld at pre-evaluation. */
    COMMITTEE("committee"),
    /** Computed from the lower level's composition score (5할 of 2.1 / 2.2); no applicant input. */
    DERIVED("derived");

    private final String token;

    Assessment(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    static Optional<Assessment> fromToken(String token) {
        return Arrays.stream(values()).filter(a -> a.token.equals(token)).findFirst();
    }
}
