package kr.smartcity.registry.command.criteria.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * 1.3.3.1 (S-133) 재무적 타당성: FNPV = Σₜ (Bₜ − Cₜ) / (1 + r)ᵗ over the applicant's periods, t = 0 for the base
 * year. FNPV > 0 → 3; FNPV > 0 only with government or local-government support counted in the construction cost
 * → 2; feasibility shown by another analysis, e.g. profitability index PI > 1 → 1.
 */
public final class FinancialFeasibilityRule implements IndicatorRule<FinancialFeasibilityRule.Facts> {

    public record CashFlow(BigDecimal revenue, BigDecimal cost) {
    }

    public record FnpvAnalysis(BigDecimal discountRate, List<CashFlow> periods, boolean publicSupportInConstructionCost) {
        public FnpvAnalysis {
            periods = List.copyOf(periods);
        }

        public BigDecimal fnpv() {
            BigDecimal factor = BigDecimal.ONE.add(discountRate);
            BigDecimal sum = BigDecimal.ZERO;
            for (int t = 0; t < periods.size(); t++) {
                CashFlow flow = periods.get(t);
                sum = sum.add(flow.revenue().subtract(flow.cost()).divide(factor.pow(t), MathContext.DECIMAL128));
            }
            return sum;
        }
    }

    public record Facts(Optional<FnpvAnalysis> fnpv, Optional<BigDecimal> profitabilityIndex) implements Evidence {
    }

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        Optional<FnpvAnalysis> positive = facts.fnpv().filter(a -> a.fnpv().signum() > 0);
        if (positive.isPresent()) {
            return positive.get().publicSupportInConstructionCost()
                    ? Suggestion.of(2, "FNPV > 0 (정부·지자체 재정지원 포함)")
                    : Suggestion.of(3, "FNPV > 0");
        }
        if (facts.profitabilityIndex().filter(pi -> pi.compareTo(BigDecimal.ONE) > 0).isPresent()) {
            return Suggestion.of(1, "PI > 1");
        }
        return Suggestion.none("재무적 타당성 미입증 / not shown");
    }
}
