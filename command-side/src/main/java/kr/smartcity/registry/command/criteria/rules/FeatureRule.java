package kr.smartcity.registry.command.criteria.rules;

import kr.smartcity.registry.command.criteria.Points;

/**
 * Binary indicators ("…경우 점수를 부여한다", no partial tiers): the full allotment if the function or plan is shown,
 * else 0. Used for 2.1.1.1, 2.1.2.3, 2.1.2.4, 2.1.2.5, 2.1.3.1, 2.1.3.4, 2.2.2.1, 2.2.2.2, 2.2.3.2, 2.2.3.3, 2.2.3.4,
 * 2.2.4.1, 2.2.4.2, 3.2.4.1 and 3.3.2.1 (see {@link RuleBook}).
 */
public final class FeatureRule implements IndicatorRule<FeatureRule.Shown> {

    /** Facts of a binary indicator; records with several conditions say when all are met. */
    public interface Shown extends Evidence {
        boolean shown();
    }

    /** A function or plan shown (screen, document or live demonstration). */
    public record Feature(boolean shown) implements Shown {
    }

    /** 2.1.3.4 (S-213 4): the data-use plan is attached AND handed over in print at the site inspection. */
    public record DataUsePlan(boolean attached, boolean printedAtSiteInspection) implements Shown {
        @Override
        public boolean shown() {
            return attached && printedAtSiteInspection;
        }
    }

    /** 2.2.3.2 (S-223 2): integrated management of two or more networked unit services or infrastructure elements. */
    public record IntegratedManagement(int managedTogether) implements Shown {
        @Override
        public boolean shown() {
            return managedTogether >= 2;
        }
    }

    /** 3.3.2.1 (S-332): a designated responsible person AND response measures (recovery, reporting, compensation). */
    public record IncidentResponse(boolean responsiblePersonDesignated, boolean responseMeasures) implements Shown {
        @Override
        public boolean shown() {
            return responsiblePersonDesignated && responseMeasures;
        }
    }

    private final Points allotment;
    private final Class<? extends Shown> factsType;

    public FeatureRule(Points allotment, Class<? extends Shown> factsType) {
        this.allotment = allotment;
        this.factsType = factsType;
    }

    @Override
    public Class<? extends Shown> factsType() {
        return factsType;
    }

    @Override
    public Suggestion suggest(Shown facts, ScoringContext context) {
        return facts.shown() ? Suggestion.of(allotment, "기능·계획 확인 / shown")
                : Suggestion.none("확인되지 않음 / not shown");
    }
}
