package kr.smartcity.registry.web.staff.operator;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import kr.smartcity.registry.command.api.ApplicationMessages.AcceptApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.ExcludeApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.RequestSupplementCommand;
import kr.smartcity.registry.command.api.ExclusionReason;
import kr.smartcity.registry.command.api.Seoul;

/**
 * 예비검토 as typed, with the decisions of the API's PreliminaryReviewRequest: accept; request a supplement (items one
 * a line, deadline in Korean local time); or exclude with the seed's reason and an explanation. Public because the
 * template reads it.
 */
public record PreliminaryReviewForm(String decision, String items, String supplementDeadline, String exclusionReason,
                                    String explanation) {

    enum Decision { ACCEPT, REQUEST_SUPPLEMENT, EXCLUDE }

    static PreliminaryReviewForm empty() {
        return new PreliminaryReviewForm("", "", "", "", "");
    }

    Optional<Object> command(String applicationId, FormErrors errors) {
        Decision chosen = decision(errors);
        if (chosen == null) {
            return Optional.empty();
        }
        Object command = switch (chosen) {
            case ACCEPT -> new AcceptApplicationCommand(applicationId);
            case REQUEST_SUPPLEMENT -> supplement(applicationId, errors);
            case EXCLUDE -> exclusion(applicationId, errors);
        };
        return errors.any() ? Optional.empty() : Optional.of(command);
    }

    private Decision decision(FormErrors errors) {
        try {
            return Decision.valueOf(decision == null ? "" : decision);
        } catch (IllegalArgumentException e) {
            errors.reject("decision", "operator.error.decision");
            return null;
        }
    }

    private RequestSupplementCommand supplement(String applicationId, FormErrors errors) {
        List<String> lines = FormInput.lines(items, false);
        if (lines.isEmpty()) {
            errors.reject("items", "operator.error.required");
        } else if (lines.size() > 20 || lines.stream().anyMatch(line -> line.length() > 200)) {
            errors.reject("items", "operator.error.items");
        }
        Optional<LocalDateTime> deadline = FormInput.dateTime("supplementDeadline", supplementDeadline, true, errors);
        return deadline.map(due -> new RequestSupplementCommand(applicationId, lines,
                due.atZone(Seoul.ZONE).toInstant())).orElse(null);
    }

    private ExcludeApplicationCommand exclusion(String applicationId, FormErrors errors) {
        ExclusionReason reason = null;
        try {
            reason = ExclusionReason.valueOf(exclusionReason == null ? "" : exclusionReason);
        } catch (IllegalArgumentException e) {
            errors.reject("exclusionReason", "operator.error.required");
        }
        String why = FormInput.text("explanation", explanation, 1000, errors);
        return new ExcludeApplicationCommand(applicationId, reason, why);
    }
}
