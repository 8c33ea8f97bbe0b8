package kr.smartcity.registry.command.criteria.rules;

/**
 * 3.2.1.1 (S-321) 시스템 설계문서: an architecture overview AND HW/SW design → 1; with concrete UI/UX or DB design
 * (screen definitions, table list, ERD) as well → 2. If the service by nature needs none and the applicant explains
 * why, the committee may award up to 2 (withheld).
 */
public final class DesignDocumentsRule implements IndicatorRule<DesignDocumentsRule.Facts> {

    public record Facts(boolean architectureOverview, boolean hwSwDesign, boolean uiUxOrDbDesign,
            boolean notNeededExplained) implements Evidence {
    }

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        if (facts.architectureOverview() && facts.hwSwDesign()) {
            return facts.uiUxOrDbDesign() ? Suggestion.of(2, "구조 개요도·HW/SW 설계 + UI/UX·DB 설계")
                    : Suggestion.of(1, "구조 개요도·HW/SW 설계");
        }
        return facts.notNeededExplained()
                ? Suggestion.withheld("설계문서 불필요 사유: 평가위원회 2점 한도 / committee up to 2")
                : Suggestion.none("구조 개요도와 HW/SW 설계 미비 / overview and HW/SW design missing");
    }
}
