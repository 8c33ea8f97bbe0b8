package kr.smartcity.registry.web.staff.operator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.util.MultiValueMap;

import kr.smartcity.registry.command.api.EvaluationMessages.RecordPreEvaluationCommand;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 사전평가 as typed: the evidence facts of each indicator, a JSON object in the shape of its rule's facts record
 * (docs/events.md), in inputs named {@code facts-<code>}; an indicator left empty is not pre-evaluated. Whether the
 * fields fit the rule is the command's to say; here each is checked to be a JSON object at all.
 */
final class PreEvaluationForm {

    static final String PREFIX = "facts-";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PreEvaluationForm() {
    }

    /** The typed facts by indicator code, only of the case's scored indicators. */
    static Map<String, String> typed(MultiValueMap<String, String> params, List<IndicatorRow> rows) {
        Map<String, String> typed = new LinkedHashMap<>();
        rows.forEach(row -> typed.put(row.code(), params.getFirst(PREFIX + row.code())));
        return typed;
    }

    static Optional<RecordPreEvaluationCommand> command(String applicationId, Map<String, String> typed,
                                                        FormErrors errors) {
        Map<String, String> facts = new TreeMap<>();
        typed.forEach((code, text) -> {
            if (FormInput.blank(text)) {
                return;
            }
            if (text.length() > 4000) {
                errors.reject(PREFIX + code, "operator.error.tooLong");
                return;
            }
            try {
                JsonNode node = JSON.readTree(text);
                if (node == null || !node.isObject()) {
                    errors.reject(PREFIX + code, "operator.error.jsonObject");
                } else {
                    facts.put(code, node.toString());
                }
            } catch (JacksonException e) {
                errors.reject(PREFIX + code, "operator.error.jsonObject");
            }
        });
        return errors.any() ? Optional.empty() : Optional.of(new RecordPreEvaluationCommand(applicationId, facts));
    }
}
