package kr.smartcity.registry.command.criteria;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/** One version of the certification criteria (e.g. "2023"), as loaded from {@code criteria/<id>.txt}. */
public record CriteriaVersion(String id, String title, Points passMark, List<Area> areas) {

    public CriteriaVersion {
        areas = List.copyOf(areas);
    }

    public Optional<Area> area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** Every indicator row, both variants of a specialised slot included. */
    public Stream<Indicator> indicators() {
        return areas.stream().flatMap(a -> a.items().stream()).flatMap(i -> i.subItems().stream())
                .flatMap(s -> s.indicators().stream());
    }

    /** Scoring slots: indicator codes, a specialised slot counted once. */
    public Set<String> slotCodes() {
        Set<String> codes = new LinkedHashSet<>();
        indicators().forEach(i -> codes.add(i.code()));
        return codes;
    }

    /** The indicators on the scorecard of a service at this level and field, variants resolved by field. */
    public List<Indicator> indicatorsFor(ServiceLevel level, ServiceField field) {
        return indicators().filter(i -> i.appliesTo(level, field)).toList();
    }

    public Optional<Indicator> indicator(String code, ServiceLevel level, ServiceField field) {
        return indicatorsFor(level, field).stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Highest possible total; the loader checks that every level reaches it (100 in 2023). */
    public Points maxTotal() {
        return Points.sum(areas.stream().map(Area::maxPoints).toList());
    }
}
