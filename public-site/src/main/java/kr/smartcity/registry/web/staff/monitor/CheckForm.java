package kr.smartcity.registry.web.staff.monitor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.springframework.validation.Errors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 모니터링 점검 기록: the staff API's monitoring check fields. The day is a Korean date not after today; attachments
 * are named one a line.
 */
public class CheckForm {

    @NotBlank(message = "{monitor.check.checkedOn.required}")
    private String checkedOn;
    @NotBlank(message = "{monitor.check.scope.required}")
    @Size(max = 200, message = "{monitor.check.scope.size}")
    private String scope;
    @NotNull(message = "{monitor.check.requirementsMet.required}")
    private Boolean requirementsMet;
    @Size(max = 2000, message = "{monitor.check.findings.size}")
    private String findings;
    @Size(max = 1000, message = "{monitor.check.attachments.size}")
    private String attachments;

    /** The day checked, or null after rejecting it beside its field. */
    LocalDate day(LocalDate today, Errors errors) {
        if (checkedOn == null || checkedOn.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(checkedOn.strip());
            if (day.isAfter(today)) {
                errors.rejectValue("checkedOn", "monitor.check.checkedOn.future");
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.rejectValue("checkedOn", "monitor.check.checkedOn.format");
            return null;
        }
    }

    List<String> attachmentNames() {
        return attachments == null ? List.of() : Arrays.stream(attachments.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    public String getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(String checkedOn) {
        this.checkedOn = checkedOn;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Boolean getRequirementsMet() {
        return requirementsMet;
    }

    public void setRequirementsMet(Boolean requirementsMet) {
        this.requirementsMet = requirementsMet;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getAttachments() {
        return attachments;
    }

    public void setAttachments(String attachments) {
        this.attachments = attachments;
    }
}
