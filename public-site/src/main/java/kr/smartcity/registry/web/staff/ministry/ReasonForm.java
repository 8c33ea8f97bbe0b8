package kr.smartcity.registry.web.staff.ministry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Carrying out or declining a proposal: the ministry's reason, and for a revocation its legal basis (법적 근거), which
 * the page checks since only a revocation needs one.
 */
public class ReasonForm {

    @NotBlank(message = "{ministry.reason.required}")
    @Size(max = 1000, message = "{ministry.reason.size}")
    private String reason;
    @Size(max = 200, message = "{ministry.legalBasis.size}")
    private String legalBasis;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }
}
