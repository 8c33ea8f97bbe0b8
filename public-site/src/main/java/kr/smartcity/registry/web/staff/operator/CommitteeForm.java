package kr.smartcity.registry.web.staff.operator;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import kr.smartcity.registry.command.api.EvaluationMessages.AssignEvaluatorsCommand;
import kr.smartcity.registry.web.security.EvaluatorRoster;

/**
 * 평가위원 배정 as typed: evaluator account names separated by commas or lines. The rules ask for at least one
 * member, each once; here each must also be an evaluator's account serving the round (EvaluatorRoster).
 */
final class CommitteeForm {

    static final String FIELD = "evaluators";
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private CommitteeForm() {
    }

    static Optional<AssignEvaluatorsCommand> command(String applicationId, String roundId, String typed,
                                                     EvaluatorRoster roster, FormErrors errors) {
        List<String> names = FormInput.lines(typed, true);
        Set<String> seen = new HashSet<>();
        if (names.isEmpty()) {
            errors.reject(FIELD, "operator.error.committeeEmpty");
        } else if (names.stream().anyMatch(name -> !seen.add(name))) {
            errors.reject(FIELD, "operator.error.committeeDuplicate");
        } else if (names.stream().anyMatch(name -> !ACCOUNT.matcher(name).matches())
                || !roster.notServing(names, roundId).isEmpty()) {
            errors.reject(FIELD, "operator.error.notEvaluator");
        }
        return errors.any() ? Optional.empty() : Optional.of(new AssignEvaluatorsCommand(applicationId, names));
    }
}
