package kr.smartcity.registry.web.staff.operator;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

import kr.smartcity.registry.command.api.RoundMessages.AnnounceRoundCommand;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.command.api.ServiceField;

/**
 * 공모 공고 as typed: the fields of {@code POST /api/v1/rounds}. Times are Korean local times. Public because the
 * template reads it.
 */
public record AnnounceRoundForm(String roundId, String criteriaVersion, List<String> eligibleFields,
                                String submissionOpensAt, String submissionClosesAt, Map<String, String> milestones) {

    private static final Pattern ROUND_ID = Pattern.compile("[A-Za-z0-9-]{1,32}");

    static AnnounceRoundForm empty() {
        return new AnnounceRoundForm("", "2023", List.of(), "", "", MilestoneDates.of(Map.of()));
    }

    static AnnounceRoundForm from(MultiValueMap<String, String> params) {
        List<String> fields = params.get("eligibleFields");
        return new AnnounceRoundForm(params.getFirst("roundId"), params.getFirst("criteriaVersion"),
                fields == null ? List.of() : List.copyOf(fields), params.getFirst("submissionOpensAt"),
                params.getFirst("submissionClosesAt"), MilestoneDates.entered(params));
    }

    /** The command, or empty with every problem recorded. */
    Optional<AnnounceRoundCommand> command(FormErrors errors) {
        String id = FormInput.text("roundId", roundId, 32, errors);
        if (id != null && !ROUND_ID.matcher(id).matches()) {
            errors.reject("roundId", "operator.error.roundId");
        }
        String version = FormInput.text("criteriaVersion", criteriaVersion, 32, errors);
        Set<ServiceField> fields = fields(errors);
        Optional<LocalDateTime> opens = FormInput.dateTime("submissionOpensAt", submissionOpensAt, true, errors);
        Optional<LocalDateTime> closes = FormInput.dateTime("submissionClosesAt", submissionClosesAt, true, errors);
        if (opens.isPresent() && closes.isPresent() && !closes.get().isAfter(opens.get())) {
            errors.reject("submissionClosesAt", "operator.error.closesBeforeOpens");
        }
        var dates = MilestoneDates.read(milestones, errors);
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new AnnounceRoundCommand(id, version, fields,
                opens.get().atZone(Seoul.ZONE).toInstant(), closes.get().atZone(Seoul.ZONE).toInstant(), dates));
    }

    private Set<ServiceField> fields(FormErrors errors) {
        List<ServiceField> chosen = new ArrayList<>();
        for (String name : eligibleFields) {
            try {
                chosen.add(ServiceField.valueOf(name));
            } catch (IllegalArgumentException e) {
                errors.reject("eligibleFields", "operator.error.fields");
            }
        }
        if (chosen.isEmpty()) {
            errors.reject("eligibleFields", "operator.error.fields");
            return Set.of();
        }
        return EnumSet.copyOf(chosen);
    }
}
