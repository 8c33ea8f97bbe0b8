package kr.smartcity.registry.command.criteria;

import java.util.List;
import java.util.Set;

import kr.smartcity.registry.command.api.ServiceLevel;

/** 평가항목 (e.g. 1.1 삶의 질 개선). In area 2 each item belongs to one level (평가항목 중 택1). */
public record Item(String code, String nameKo, String nameEn, Points maxPoints, Set<ServiceLevel> levels,
        List<SubItem> subItems) {

    public Item {
        levels = Set.copyOf(levels);
        subItems = List.copyOf(subItems);
    }
}
