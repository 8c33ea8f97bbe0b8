package kr.smartcity.registry.command.criteria;

import java.util.List;

/** 세부 평가항목 (e.g. 1.1.1 시민체감도 향상), one S-sheet. */
public record SubItem(String code, String nameKo, String nameEn, Points maxPoints, List<Indicator> indicators) {

    public SubItem {
        indicators = List.copyOf(indicators);
    }
}
