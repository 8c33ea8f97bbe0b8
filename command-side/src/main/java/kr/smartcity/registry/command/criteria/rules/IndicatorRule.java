package kr.smartcity.registry.command.criteria.rules;

/**
 * One objective scoring rule of the seed, computing a suggestion from the evidence facts of one indicator.
 * {@link RuleBook} says which indicator code each rule scores; suggestions are bounded by the allotment there.
 */
public interface IndicatorRule<F extends Evidence> {

    /** The facts record this rule reads; the rule book refuses any other. */
    Class<? extends F> factsType();

    Suggestion suggest(F facts, ScoringContext context);
}
