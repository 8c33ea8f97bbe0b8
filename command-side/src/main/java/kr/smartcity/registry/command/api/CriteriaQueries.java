package kr.smartcity.registry.command.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The published criteria of a version (평가 세부지표), as the public API and the criteria page show
 * them: areas, items and indicators with their points (DESIGN.md §6, GET /api/v1/criteria/{version}).
 */
public final class CriteriaQueries {

    private CriteriaQueries() {
    }

    /** Answered with an empty optional when no such version exists. */
    public record FindCriteriaQuery(String version) {
    }

    public record CriteriaView(String version, String title, BigDecimal passMark, List<AreaView> areas) {
    }

    public record AreaView(String code, String nameKo, String nameEn, BigDecimal maxPoints, BigDecimal minimumPoints,
                           List<ItemView> items) {
    }

    /** An item (평가항목); in area 2 each item belongs to one level. */
    public record ItemView(String code, String nameKo, String nameEn, BigDecimal maxPoints, List<ServiceLevel> levels,
                           List<SubItemView> subItems, List<IndicatorView> indicators) {
    }

    /** A sub-item (세부 평가항목), one S-sheet. */
    public record SubItemView(String code, String nameKo, String nameEn, BigDecimal maxPoints) {
    }

    /**
     * An indicator. {@code specialization} names the field of a 특화지표 variant (null for all
     * fields); {@code assessment} says what pre-evaluation may suggest (rule, rule-or-committee,
     * committee, derived).
     */
    public record IndicatorView(String code, String subItemCode, String sheet, String textKo, String textEn,
                                BigDecimal maxPoints, List<ServiceLevel> levels, ServiceField specialization,
                                String assessment, List<String> evidence, String committeeNote) {
    }
}
