package kr.smartcity.registry.command.criteria.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 언론보도자료 (기사, 방송) as checked by the evaluator (S-111 2, S-121 2). Counts only if published by registered
 * press (not an institution's newsletter), naming the applicant, the service and the date, within 3 years of the
 * application date. Whether a report is recognised is finally the committee's call.
 *
 * @param mentionsPerceivedImprovement S-111: the report says citizens (users) feel the improvement
 * @param improvementPercent S-121: quantitative improvement versus before stated in the report, if any
 */
public record PressReport(
        String outlet,
        LocalDate publishedOn,
        boolean registeredPress,
        boolean identifiesApplicantAndService,
        boolean mentionsPerceivedImprovement,
        Optional<BigDecimal> improvementPercent) {

    static final int RECENCY_YEARS = 3;

    public boolean admissible(ScoringContext context) {
        return registeredPress && identifiesApplicantAndService && context.withinYears(publishedOn, RECENCY_YEARS);
    }
}
