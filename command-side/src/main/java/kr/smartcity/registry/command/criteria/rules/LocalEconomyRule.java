package kr.smartcity.registry.command.criteria.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * 1.2.3.1 (S-123 1) 지역경제 활성화 기여, "local" meaning the municipality where the service runs. The higher of:
 * <ul>
 * <li>jobs: local residents hired in the last 2 years, ≥ 1 full-time or ≥ 4 part-time → 2, plus the "배점 외 +1"
 * when ≥ 3 % of those new local hires are disabled persons or seniors aged 65+;</li>
 * <li>income: resident income created in the last 1 year, annualised, ≥ KRW 30 million → 2, ≥ KRW 10 million → 1.</li>
 * </ul>
 * The bonus can lift the indicator only up to its 2-point allotment (docs/criteria-interpretation.md).
 */
public final class LocalEconomyRule implements IndicatorRule<LocalEconomyRule.Facts> {

    public record LocalHire(LocalDate hiredOn, boolean fullTime, boolean disabledOrSenior) {
    }

    public record ResidentIncome(LocalDate paidOn, long won) {
    }

    /** {@code operatingSince}: when the service started, to annualise income of a service younger than a year. */
    public record Facts(List<LocalHire> hires, List<ResidentIncome> incomes, LocalDate operatingSince)
            implements Evidence {
        public Facts {
            hires = List.copyOf(hires);
            incomes = List.copyOf(incomes);
        }
    }

    static final int JOB_WINDOW_YEARS = 2;
    static final int INCOME_WINDOW_YEARS = 1;

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        Suggestion jobs = jobs(facts.hires(), context);
        Suggestion income = income(facts, context);
        return Suggestion.highestOf(List.of(jobs, income));
    }

    private static Suggestion jobs(List<LocalHire> allHires, ScoringContext context) {
        List<LocalHire> hires = allHires.stream()
                .filter(h -> context.withinYears(h.hiredOn(), JOB_WINDOW_YEARS)).toList();
        long fullTime = hires.stream().filter(LocalHire::fullTime).count();
        long partTime = hires.size() - fullTime;
        long vulnerable = hires.stream().filter(LocalHire::disabledOrSenior).count();
        int points = fullTime >= 1 || partTime >= 4 ? 2 : 0;
        // ≥ 3 % of new local hires, exactly: 100 × vulnerable ≥ 3 × hires
        boolean bonus = !hires.isEmpty() && 100 * vulnerable >= 3L * hires.size();
        return Suggestion.of(points + (bonus ? 1 : 0), "지역 채용 전일제 " + fullTime + "명, 시간제 " + partTime
                + "명" + (bonus ? ", 장애인·65세 이상 " + vulnerable + "명 (배점 외 +1)" : ""));
    }

    private static Suggestion income(Facts facts, ScoringContext context) {
        LocalDate today = context.applicationDate();
        LocalDate yearAgo = today.minusYears(INCOME_WINDOW_YEARS);
        long total = facts.incomes().stream().filter(i -> context.withinYears(i.paidOn(), INCOME_WINDOW_YEARS))
                .mapToLong(ResidentIncome::won).sum();
        LocalDate from = facts.operatingSince().isAfter(yearAgo) ? facts.operatingSince() : yearAgo;
        long covered = Math.max(1, ChronoUnit.DAYS.between(from, today));
        long year = ChronoUnit.DAYS.between(yearAgo, today);
        // 연 환산: total × year / covered ≥ threshold ⇔ total × year ≥ threshold × covered
        String basis = "최근 1년 지역 주민 수익 " + total + "원 (" + covered + "일 기준 연 환산)";
        if (Math.multiplyExact(total, year) >= 30_000_000L * covered) {
            return Suggestion.of(2, basis + " ≥ 3천만원");
        }
        if (Math.multiplyExact(total, year) >= 10_000_000L * covered) {
            return Suggestion.of(1, basis + " ≥ 1천만원");
        }
        return Suggestion.none(basis);
    }
}
