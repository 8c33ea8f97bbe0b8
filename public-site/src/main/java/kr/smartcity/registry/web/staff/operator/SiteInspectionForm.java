package kr.smartcity.registry.web.staff.operator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.util.MultiValueMap;

import kr.smartcity.registry.command.api.EvaluationMessages.InspectionFinding;
import kr.smartcity.registry.command.api.EvaluationMessages.RecordSiteInspectionCommand;

/**
 * 현장실사 as typed: the date (not after today), the inspectors one a line, and up to {@link #ROWS} checked claims,
 * each with its indicator, whether it was confirmed and a note. A row without a claim is left out; the outcome
 * follows from the findings (all confirmed, or discrepancies). Public because the template reads it.
 */
public record SiteInspectionForm(String inspectedOn, String inspectors, List<Finding> findings) {

    static final int ROWS = 3;

    /** One row of findings as typed; {@code confirmed} is {@code yes} or {@code no}. */
    public record Finding(String claim, String indicatorCode, String confirmed, String note) {
    }

    static SiteInspectionForm empty() {
        List<Finding> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Finding("", "", "yes", ""));
        }
        return new SiteInspectionForm("", "", rows);
    }

    static SiteInspectionForm from(MultiValueMap<String, String> params) {
        List<Finding> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String prefix = "finding-" + i + "-";
            rows.add(new Finding(params.getFirst(prefix + "claim"), params.getFirst(prefix + "indicator"),
                    params.getFirst(prefix + "confirmed"), params.getFirst(prefix + "note")));
        }
        return new SiteInspectionForm(params.getFirst("inspectedOn"), params.getFirst("inspectors"), rows);
    }

    Optional<RecordSiteInspectionCommand> command(CaseView.Case theCase, LocalDate today, FormErrors errors) {
        Optional<LocalDate> on = FormInput.date("inspectedOn", inspectedOn, true, errors);
        if (on.isPresent() && on.get().isAfter(today)) {
            errors.reject("inspectedOn", "operator.error.future");
        }
        List<String> names = FormInput.lines(inspectors, false);
        if (names.isEmpty()) {
            errors.reject("inspectors", "operator.error.required");
        } else if (names.size() > 20 || names.stream().anyMatch(name -> name.length() > 100)) {
            errors.reject("inspectors", "operator.error.items");
        }
        List<InspectionFinding> checked = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            finding(i, findings.get(i), theCase, errors).ifPresent(checked::add);
        }
        if (checked.isEmpty()) {
            errors.reject("finding-0-claim", "operator.error.findingRequired");
        }
        return errors.any() ? Optional.empty()
                : Optional.of(new RecordSiteInspectionCommand(theCase.application().applicationId(), on.get(), names,
                        checked));
    }

    private static Optional<InspectionFinding> finding(int index, Finding row, CaseView.Case theCase,
                                                       FormErrors errors) {
        String prefix = "finding-" + index + "-";
        String claim = FormInput.optionalText(prefix + "claim", row.claim(), 300, errors);
        String note = FormInput.optionalText(prefix + "note", row.note(), 1000, errors);
        boolean indicatorGiven = !FormInput.blank(row.indicatorCode());
        if (claim == null) {
            if ((note != null || indicatorGiven) && !errors.has(prefix + "claim")) {
                errors.reject(prefix + "claim", "operator.error.required");
            }
            return Optional.empty();
        }
        if (indicatorGiven && theCase.row(row.indicatorCode()) == null) {
            errors.reject(prefix + "indicator", "operator.error.indicator");
        }
        if (!"yes".equals(row.confirmed()) && !"no".equals(row.confirmed())) {
            errors.reject(prefix + "confirmed", "operator.error.required");
        }
        return Optional.of(new InspectionFinding(claim, indicatorGiven ? row.indicatorCode() : null,
                "yes".equals(row.confirmed()), note == null ? "" : note));
    }
}
