package kr.smartcity.registry.command.criteria.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.Area;
import kr.smartcity.registry.command.criteria.CriteriaVersion;
import kr.smartcity.registry.command.criteria.Indicator;
import kr.smartcity.registry.command.criteria.Inheritance;
import kr.smartcity.registry.command.criteria.Points;

/**
 * Sums resolved indicator points into a {@link Scorecard} under one criteria version: each indicator bounded by
 * its max, the specialised variant taken by the service's field, derived indicators (2.2.1.1, 2.3.1.1) computed from
 * the constituents' composition scores, and the decision "total ≥ pass mark and every area ≥ its minimum".
 */
public final class ScorecardCalculator {

    private final CriteriaVersion criteria;

    public ScorecardCalculator(CriteriaVersion criteria) {
        this.criteria = criteria;
    }

    public Scorecard score(ResolvedScores service) {
        List<IndicatorScore> lines = lines(service);
        List<AreaScore> areas = criteria.areas().stream()
                .map(area -> new AreaScore(area, subtotal(lines, area.code()))).toList();
        Points total = Points.sum(areas.stream().map(AreaScore::points).toList());
        List<String> reasons = reasons(areas, total);
        return new Scorecard(criteria.id(), service.level(), service.field(), lines, areas, total,
                criteria.passMark(), reasons.isEmpty() ? Decision.CERTIFIED : Decision.NOT_CERTIFIED, reasons);
    }

    private List<IndicatorScore> lines(ResolvedScores service) {
        List<Indicator> indicators = criteria.indicatorsFor(service.level(), service.field());
        checkEntries(service, indicators);
        List<IndicatorScore> lines = new ArrayList<>();
        for (Indicator indicator : indicators) {
            Points entered = indicator.isDerived() ? inherited(indicator, service)
                    : service.points().getOrDefault(indicator.code(), Points.ZERO);
            lines.add(new IndicatorScore(indicator, entered, entered.atMost(indicator.maxPoints())));
        }
        return lines;
    }

    /** numerator/denominator of the mean composition score of the constituents (5할 of the mean), else 0. */
    private Points inherited(Indicator indicator, ResolvedScores service) {
        if (!service.constituentsMeetCommonCriteria()) {
            return Points.ZERO;
        }
        Inheritance inheritance = indicator.inheritance().orElseThrow();
        List<Points> compositionScores = service.constituents().stream()
                .map(constituent -> constituent.knownComposition()
                        .orElseGet(() -> subtotal(lines(constituent), indicator.areaCode())))
                .toList();
        return Points.shareOf(compositionScores, inheritance.numerator(), inheritance.denominator());
    }

    private static Points subtotal(List<IndicatorScore> lines, String areaCode) {
        return Points.sum(lines.stream().filter(line -> line.indicator().areaCode().equals(areaCode))
                .map(IndicatorScore::points).toList());
    }

    /** Refuses entries the scorecard cannot hold, rather than silently dropping them. */
    private static void checkEntries(ResolvedScores service, List<Indicator> indicators) {
        Set<String> enterable = indicators.stream().filter(i -> !i.isDerived()).map(Indicator::code)
                .collect(Collectors.toSet());
        for (Map.Entry<String, Points> entry : service.points().entrySet()) {
            if (!enterable.contains(entry.getKey())) {
                throw new IllegalArgumentException("지표 " + entry.getKey() + "는 " + service.level() + "/"
                        + service.field() + " 평가표에 입력할 수 없습니다 / indicator " + entry.getKey()
                        + " cannot be entered for " + service.level() + " " + service.field());
            }
            if (entry.getValue().isNegative()) {
                throw new IllegalArgumentException("negative points for " + entry.getKey() + ": " + entry.getValue());
            }
        }
        Set<ServiceLevel> constituentLevels = indicators.stream().flatMap(i -> i.inheritance().stream())
                .map(Inheritance::fromLevel).collect(Collectors.toSet());
        for (ResolvedScores constituent : service.constituents()) {
            if (!constituentLevels.contains(constituent.level())) {
                throw new IllegalArgumentException("a " + service.level() + " service cannot be built from a "
                        + constituent.level() + " service");
            }
        }
    }

    private List<String> reasons(List<AreaScore> areas, Points total) {
        List<String> reasons = new ArrayList<>();
        if (!total.isAtLeast(criteria.passMark())) {
            reasons.add("총점 " + total + "점이 인증 기준 " + criteria.passMark() + "점에 미달 / total " + total
                    + " is below the pass mark " + criteria.passMark());
        }
        for (AreaScore score : areas) {
            if (!score.meetsMinimum()) {
                Area area = score.area();
                reasons.add(area.code() + ". " + area.nameKo() + " " + score.points() + "점이 과락 기준 "
                        + area.minimumPoints() + "점에 미달 / area " + area.code() + " scored " + score.points()
                        + ", below its minimum " + area.minimumPoints());
            }
        }
        return reasons;
    }
}
