package kr.smartcity.registry.command.criteria;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/**
 * 세부지표: one scored statement (e.g. 1.1.1.1, sheet S-111). A specialised slot (특화지표, 2.1.1.4 / 2.1.2.6) has
 * one Indicator per field variant sharing the same code; an applicant is scored on the variant of its field.
 */
public record Indicator(
        String code,
        String sheet,
        String textKo,
        String textEn,
        Points maxPoints,
        Set<ServiceLevel> levels,
        Optional<ServiceField> specialisation,
        Assessment assessment,
        Optional<Inheritance> inheritance,
        List<String> evidence,
        Optional<String> committeeNote) {

    public Indicator {
        levels = Set.copyOf(levels);
        evidence = List.copyOf(evidence);
    }

    public boolean appliesTo(ServiceLevel level, ServiceField field) {
        return levels.contains(level) && specialisation.map(field::equals).orElse(true);
    }

    /** The area an indicator belongs to: the first part of its code ("2" for 2.2.1.1). */
    public String areaCode() {
        return code.substring(0, code.indexOf('.'));
    }

    public boolean isDerived() {
        return assessment == Assessment.DERIVED;
    }
}
