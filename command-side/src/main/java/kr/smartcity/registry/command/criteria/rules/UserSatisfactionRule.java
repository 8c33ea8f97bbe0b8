package kr.smartcity.registry.command.criteria.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 1.1.2.1 (S-112) 이용만족도 제고: the highest of (1) satisfaction survey mean on the 5-point scale, (2) the more
 * favourable app-store rating (Apple App Store or Google Play, dated within 3 years), each ≥ 4.0 → 3, ≥ 3.5 → 2,
 * ≥ 3.0 → 1; (3) other evidence → committee.
 */
public final class UserSatisfactionRule implements IndicatorRule<UserSatisfactionRule.Facts> {

    /** Number of answers per scale point: 매우 불만족 1 … 매우 만족 5. */
    public record SatisfactionSurvey(SurveyDesign design, int veryDissatisfied, int dissatisfied, int neutral,
            int satisfied, int verySatisfied) {

        long respondents() {
            return (long) veryDissatisfied + dissatisfied + neutral + satisfied + verySatisfied;
        }

        long sumOfScores() {
            return veryDissatisfied + 2L * dissatisfied + 3L * neutral + 4L * satisfied + 5L * verySatisfied;
        }
    }

    public record AppStoreRating(String store, BigDecimal rating, LocalDate capturedOn) {
    }

    public record Facts(Optional<SatisfactionSurvey> survey, List<AppStoreRating> ratings, boolean otherEvidence)
            implements Evidence {
        public Facts {
            ratings = List.copyOf(ratings);
        }
    }

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        List<Suggestion> types = new ArrayList<>();
        facts.survey().ifPresent(survey -> types.add(survey(survey, context)));
        facts.ratings().stream().filter(r -> context.withinYears(r.capturedOn(), SurveyDesign.RECENCY_YEARS))
                .map(r -> tier(r.rating(), 1, r.store() + " 별점 " + r.rating())).forEach(types::add);
        if (facts.otherEvidence()) {
            types.add(Suggestion.withheld("기타 증빙: 평가위원회 의결 / other evidence: committee resolution"));
        }
        return Suggestion.highestOf(types);
    }

    private static Suggestion survey(SatisfactionSurvey survey, ScoringContext context) {
        if (!survey.design().admissible(context) || survey.respondents() == 0) {
            return Suggestion.none("설문조사 요건 미충족 / survey not admissible");
        }
        return tier(BigDecimal.valueOf(survey.sumOfScores()), survey.respondents(),
                "만족도 평균 " + survey.sumOfScores() + "/" + survey.respondents());
    }

    /** Compares sum/count with the thresholds exactly (sum ≥ threshold × count), so 3.4999… is not 3.5. */
    private static Suggestion tier(BigDecimal sum, long count, String basis) {
        BigDecimal n = BigDecimal.valueOf(count);
        if (sum.compareTo(new BigDecimal("4.0").multiply(n)) >= 0) {
            return Suggestion.of(3, basis + " ≥ 4.0");
        }
        if (sum.compareTo(new BigDecimal("3.5").multiply(n)) >= 0) {
            return Suggestion.of(2, basis + " ≥ 3.5");
        }
        if (sum.compareTo(new BigDecimal("3.0").multiply(n)) >= 0) {
            return Suggestion.of(1, basis + " ≥ 3.0");
        }
        return Suggestion.none(basis + " < 3.0");
    }
}
