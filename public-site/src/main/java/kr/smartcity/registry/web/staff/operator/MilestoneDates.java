package kr.smartcity.registry.web.staff.operator;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import kr.smartcity.registry.command.api.Milestone;

/** The milestone dates of a round's form: inputs named {@code milestone-BRIEFING}, … ({@code yyyy-MM-dd}). */
final class MilestoneDates {

    static final String PREFIX = "milestone-";

    private MilestoneDates() {
    }

    /** The text of each milestone's input, by milestone name, to show the form again. */
    static Map<String, String> entered(MultiValueMap<String, String> params) {
        Map<String, String> entered = new LinkedHashMap<>();
        for (Milestone milestone : Milestone.values()) {
            entered.put(milestone.name(), params.getFirst(PREFIX + milestone.name()));
        }
        return entered;
    }

    /** The dates given; a date that cannot be read is rejected on its own input. */
    static Map<Milestone, LocalDate> read(Map<String, String> entered, FormErrors errors) {
        Map<Milestone, LocalDate> dates = new EnumMap<>(Milestone.class);
        for (Milestone milestone : Milestone.values()) {
            FormInput.date(PREFIX + milestone.name(), entered.get(milestone.name()), false, errors)
                    .ifPresent(date -> dates.put(milestone, date));
        }
        return dates;
    }

    /** A round's current dates as the form shows them. */
    static Map<String, String> of(Map<Milestone, LocalDate> dates) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (Milestone milestone : Milestone.values()) {
            LocalDate date = dates == null ? null : dates.get(milestone);
            shown.put(milestone.name(), date == null ? "" : date.toString());
        }
        return shown;
    }
}
