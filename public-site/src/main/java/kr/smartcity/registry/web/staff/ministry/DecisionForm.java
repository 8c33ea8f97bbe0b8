package kr.smartcity.registry.web.staff.ministry;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kr.smartcity.registry.command.api.DecisionOutcome;

/** 인증여부 결정: the outcome and its reasons, one a line (the rules ask for one when not certifying). */
public class DecisionForm {

    @NotNull(message = "{ministry.decision.outcome.required}")
    private DecisionOutcome outcome;
    @Size(max = 2000, message = "{ministry.decision.reasons.size}")
    private String reasons;

    List<String> reasonLines() {
        return reasons == null ? List.of() : Arrays.stream(reasons.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DecisionOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
