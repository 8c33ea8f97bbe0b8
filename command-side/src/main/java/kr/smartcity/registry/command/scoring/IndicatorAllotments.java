package kr.smartcity.registry.command.scoring;

import java.math.BigDecimal;
import java.util.List;

import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.CriteriaCatalog;
import kr.smartcity.registry.command.criteria.CriteriaVersion;
import kr.smartcity.registry.command.criteria.Indicator;
import kr.smartcity.registry.command.criteria.Points;

/**
 * 배점: the indicators a service of one level and field is scored on under one criteria version, and the check that
 * points entered for one of them (자체평가, 채점, 의결) lie within its allotment. Refusals name the indicator code.
 */
public final class IndicatorAllotments {

    /** Loaded once per version; versions are immutable. */
    private static final CriteriaCatalog CATALOG = CriteriaCatalog.onClasspath();

    private final CriteriaVersion criteria;
    private final ServiceLevel level;
    private final ServiceField field;

    private IndicatorAllotments(CriteriaVersion criteria, ServiceLevel level, ServiceField field) {
        this.criteria = criteria;
        this.level = level;
        this.field = field;
    }

    public static IndicatorAllotments of(String criteriaVersion, ServiceLevel level, ServiceField field) {
        return new IndicatorAllotments(criteria(criteriaVersion), level, field);
    }

    /** The version, or a refusal if no criteria file exists for it. */
    public static CriteriaVersion criteria(String criteriaVersion) {
        return CATALOG.find(criteriaVersion).orElseThrow(() -> new CommandRefusedException(
                "인증 기준 버전이 없습니다: " + criteriaVersion + " / No criteria version " + criteriaVersion + "."));
    }

    public CriteriaVersion criteria() {
        return criteria;
    }

    public ServiceLevel level() {
        return level;
    }

    public ServiceField field() {
        return field;
    }

    /** The indicators points are entered for: those of the level and field, less derived ones (2.2.1.1, 2.3.1.1). */
    public List<Indicator> enterable() {
        return criteria.indicatorsFor(level, field).stream().filter(i -> !i.isDerived()).toList();
    }

    /** The indicator, if points can be entered for it at this level and field. */
    public Indicator enterable(String code) {
        Indicator indicator = criteria.indicator(code, level, field).orElseThrow(() -> new CommandRefusedException(
                "지표 " + code + "는 " + level.nameKo() + "/" + field.nameKo() + " 평가 대상이 아닙니다. / Indicator "
                        + code + " is not scored for " + level + " " + field + "."));
        if (indicator.isDerived()) {
            throw new CommandRefusedException("지표 " + code + "는 구성 서비스 점수에서 산출됩니다. / Indicator " + code
                    + " is derived from the constituent services, not entered.");
        }
        return indicator;
    }

    /** {@code points} for indicator {@code code}: between 0 and its maximum, at most two decimals. */
    public Points within(String code, BigDecimal points) {
        Indicator indicator = enterable(code);
        Points checked = exact(code, points);
        if (checked.isNegative() || checked.compareTo(indicator.maxPoints()) > 0) {
            throw new CommandRefusedException("지표 " + code + ": " + checked + "점은 배점 0~" + indicator.maxPoints()
                    + "점을 벗어납니다. / Indicator " + code + ": " + checked + " is outside 0 to its maximum "
                    + indicator.maxPoints() + ".");
        }
        return checked;
    }

    private static Points exact(String code, BigDecimal points) {
        if (points == null) {
            throw new CommandRefusedException("지표 " + code + ": 점수가 없습니다. / Indicator " + code + ": no points.");
        }
        try {
            return Points.parse(points.toPlainString());
        } catch (IllegalArgumentException e) {
            throw new CommandRefusedException("지표 " + code + ": 점수는 소수 둘째 자리까지입니다. / Indicator " + code
                    + ": points have at most two decimals.");
        }
    }
}
