package kr.smartcity.registry.command.criteria.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 1.2.1.1 (S-121) 도시문제 해결: the highest of (1) a quantitative improvement report, for which the seed gives no
 * tiers → committee; (2) a press report: 1 point, plus 3 / 2 / 1 if it states a quantitative improvement versus
 * before of ≥ 10 % / ≥ 5 % / ≥ 3 % (1 + 3 = 4 = the allotment); (3) other or qualitative evidence → committee.
 */
public final class UrbanProblemRule implements IndicatorRule<UrbanProblemRule.Facts> {

    public record Facts(boolean improvementReport, List<PressReport> press, boolean otherEvidence) implements Evidence {
        public Facts {
            press = List.copyOf(press);
        }
    }

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        List<Suggestion> types = new ArrayList<>();
        if (facts.improvementReport()) {
            types.add(Suggestion.withheld("개선효과 평가보고서: 배점 기준 없음, 평가위원회 의결 / report: committee"));
        }
        facts.press().stream().filter(r -> r.admissible(context)).map(UrbanProblemRule::press).forEach(types::add);
        if (facts.otherEvidence()) {
            types.add(Suggestion.withheld("기타·정성적 증빙: 평가위원회 의결 / other evidence: committee resolution"));
        }
        return Suggestion.highestOf(types);
    }

    private static Suggestion press(PressReport report) {
        int bonus = report.improvementPercent().map(UrbanProblemRule::improvementPoints).orElse(0);
        return Suggestion.of(1 + bonus, report.outlet() + ": 보도 1점 + 개선효과 " + bonus + "점");
    }

    private static int improvementPoints(BigDecimal percent) {
        if (percent.compareTo(TEN) >= 0) {
            return 3;
        }
        if (percent.compareTo(FIVE) >= 0) {
            return 2;
        }
        return percent.compareTo(THREE) >= 0 ? 1 : 0;
    }
}
