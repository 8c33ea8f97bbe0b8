package kr.smartcity.registry.command.criteria;

import java.util.List;

import kr.smartcity.registry.command.api.ServiceLevel;

/** 인증지표 / 평가분야 (e.g. 1 스마트도시 부합성), with its 과락 minimum. */
public record Area(String code, String nameKo, String nameEn, Points maxPoints, Points minimumPoints, List<Item> items) {

    public Area {
        items = List.copyOf(items);
    }

    public List<Item> itemsFor(ServiceLevel level) {
        return items.stream().filter(item -> item.levels().contains(level)).toList();
    }

    /** 과락 check: a score equal to the minimum passes (see docs/criteria-interpretation.md). */
    public boolean meetsMinimum(Points score) {
        return score.isAtLeast(minimumPoints);
    }
}
