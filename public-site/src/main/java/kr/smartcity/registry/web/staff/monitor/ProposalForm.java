package kr.smartcity.registry.web.staff.monitor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kr.smartcity.registry.command.api.ProposedAction;

/**
 * A reason, and for a proposal (조치 제안) the action proposed; a re-review (재심사 착수) needs the reason only, so the
 * page checks the action where it is needed.
 */
public class ProposalForm {

    private ProposedAction action;
    @NotBlank(message = "{monitor.reason.required}")
    @Size(max = 1000, message = "{monitor.reason.size}")
    private String reason;

    public ProposedAction getAction() {
        return action;
    }

    public void setAction(ProposedAction action) {
        this.action = action;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
