package kr.smartcity.registry.command.criteria.rules;

import java.time.LocalDate;

/**
 * 설문조사 (S-111 1, S-112 1): designed for 95 % confidence and at most 5 % estimation error, conducted within
 * 3 years of the application date, with separate proof of credibility (e.g. an independent survey agency).
 */
public record SurveyDesign(LocalDate conductedOn, boolean confidence95Error5, boolean credibilityProven) {

    static final int RECENCY_YEARS = 3;

    public boolean admissible(ScoringContext context) {
        return confidence95Error5 && credibilityProven && context.withinYears(conductedOn, RECENCY_YEARS);
    }
}
