package kr.smartcity.registry.command.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import kr.smartcity.registry.command.api.ApplicationMessages.ConstituentService;
import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.EvaluationMessages.AreaResult;
import kr.smartcity.registry.command.api.EvaluationMessages.ConcludeEvaluationCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluationConcludedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorResult;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.Area;
import kr.smartcity.registry.command.criteria.CriteriaVersion;
import kr.smartcity.registry.command.criteria.Points;
import kr.smartcity.registry.command.criteria.scorecard.ResolvedScores;
import kr.smartcity.registry.command.criteria.scorecard.Scorecard;
import kr.smartcity.registry.command.criteria.scorecard.ScorecardCalculator;

/**
 * 평가 종료: the resolved points, and for L2 / L3 the constituents' composition scores, summed by the
 * {@link ScorecardCalculator} into the scorecard that the decision rests on, fixed in an event.
 */
final class ScorecardConclusion {

    /** The area whose subtotal is a service's composition score (구성 및 기능). */
    private static final String COMPOSITION_AREA = "2";

    private final CriteriaVersion criteria;
    private final ServiceLevel level;
    private final ServiceField field;

    ScorecardConclusion(CriteriaVersion criteria, ServiceLevel level, ServiceField field) {
        this.criteria = criteria;
        this.level = level;
        this.field = field;
    }

    EvaluationConcludedEvent conclude(String applicationId, Map<String, Points> resolved,
                                      List<ConstituentService> constituents, ConcludeEvaluationCommand command,
                                      Instant now) {
        ResolvedScores service = level == ServiceLevel.L1 ? ResolvedScores.unitService(field, resolved)
                : ResolvedScores.linkedService(level, field, resolved, constituentScores(constituents, command),
                        command.constituentsMeetCommonCriteria());
        Scorecard card = new ScorecardCalculator(criteria).score(service);
        List<IndicatorResult> lines = card.indicators().stream().map(line -> new IndicatorResult(
                line.indicator().code(), line.points().toBigDecimal(), line.indicator().maxPoints().toBigDecimal()))
                .toList();
        List<AreaResult> areas = card.areas().stream().map(a -> new AreaResult(a.area().code(), a.area().nameKo(),
                a.points().toBigDecimal(), a.area().maxPoints().toBigDecimal(),
                a.area().minimumPoints().toBigDecimal(), a.meetsMinimum())).toList();
        return new EvaluationConcludedEvent(applicationId, criteria.id(), lines, areas, card.total().toBigDecimal(),
                card.passMark().toBigDecimal(), card.certified(), card.reasons(), now);
    }

    /** Each constituent's composition score: known at submission, or given now by its name. */
    private List<ResolvedScores> constituentScores(List<ConstituentService> constituents,
                                                   ConcludeEvaluationCommand command) {
        Map<String, BigDecimal> given = command.constituentCompositionScores() == null ? Map.of()
                : command.constituentCompositionScores();
        ServiceLevel constituentLevel = ServiceLevel.values()[level.ordinal() - 1];
        return constituents.stream().map(c -> ResolvedScores.knownComposition(constituentLevel, field,
                composition(c.nameKo(), c.compositionScore() != null ? c.compositionScore() : given.get(c.nameKo()))))
                .toList();
    }

    private Points composition(String name, BigDecimal score) {
        Area area = criteria.area(COMPOSITION_AREA).orElseThrow();
        Points points = score == null || score.stripTrailingZeros().scale() > 2 ? null : Points.parse(score.toPlainString());
        if (points == null || points.isNegative() || points.compareTo(area.maxPoints()) > 0) {
            throw new CommandRefusedException("구성 서비스 '" + name + "'의 구성 및 기능 점수(0~" + area.maxPoints()
                    + ", 소수 둘째 자리까지)가 필요합니다. / Constituent '" + name + "' needs a composition score "
                    + "from 0 to " + area.maxPoints() + " with at most two decimals.");
        }
        return points;
    }
}
