package kr.smartcity.registry.query.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.DecisionOutcome;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.api.StatisticsQueries.CertificationCount;
import kr.smartcity.registry.query.api.StatisticsQueries.RoundAreaAverage;
import kr.smartcity.registry.query.api.StatisticsQueries.RoundPassRate;
import kr.smartcity.registry.query.statistics.ApplicationFacts.AreaPoints;

/**
 * Aggregates the facts into the statistics' tables, in Java when asked: the registry holds thousands of
 * certifications at most, and counting the documents as they are is what keeps a replay harmless.
 */
final class StatisticsTables {

    private StatisticsTables() {
    }

    private record CountKey(int awardYear, ServiceField field, ServiceLevel level, CertificationStatus status) {
    }

    private static final Comparator<CountKey> BY_YEAR_FIELD_LEVEL_STATUS = Comparator.comparingInt(CountKey::awardYear)
            .thenComparing(CountKey::field).thenComparing(CountKey::level).thenComparing(CountKey::status);

    static List<CertificationCount> counts(List<CertificationFacts> certifications) {
        Map<CountKey, Long> counts = certifications.stream().collect(Collectors.groupingBy(
                facts -> new CountKey(facts.awardYear(), facts.field(), facts.level(), facts.status()),
                () -> new TreeMap<>(BY_YEAR_FIELD_LEVEL_STATUS), Collectors.counting()));
        return counts.entrySet().stream()
                .map(count -> new CertificationCount(count.getKey().awardYear(), count.getKey().field(),
                        count.getKey().level(), count.getKey().status(), count.getValue()))
                .toList();
    }

    /** Per round, in the order of round ids. */
    static List<RoundPassRate> passRates(List<ApplicationFacts> applications) {
        return byRound(applications).entrySet().stream()
                .map(round -> passRate(round.getKey(), round.getValue()))
                .toList();
    }

    private static RoundPassRate passRate(String roundId, List<ApplicationFacts> applications) {
        long decided = applications.stream().filter(application -> application.outcome() != null).count();
        long certified = applications.stream()
                .filter(application -> application.outcome() == DecisionOutcome.CERTIFIED)
                .count();
        BigDecimal percent = decided == 0 ? null
                : BigDecimal.valueOf(certified * 100).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
        return new RoundPassRate(roundId, applications.size(), decided, certified, percent);
    }

    /** Per round and area, over the applications whose scorecard was concluded. */
    static List<RoundAreaAverage> areaAverages(List<ApplicationFacts> applications) {
        return byRound(applications).entrySet().stream()
                .flatMap(round -> areaAverages(round.getKey(), round.getValue()).stream())
                .toList();
    }

    private static List<RoundAreaAverage> areaAverages(String roundId, List<ApplicationFacts> applications) {
        Map<String, List<AreaPoints>> byArea = applications.stream()
                .flatMap(application -> application.areas().stream())
                .collect(Collectors.groupingBy(AreaPoints::areaCode, TreeMap::new, Collectors.toList()));
        return byArea.values().stream().map(points -> average(roundId, points)).toList();
    }

    private static RoundAreaAverage average(String roundId, List<AreaPoints> points) {
        BigDecimal sum = points.stream().map(AreaPoints::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RoundAreaAverage(roundId, points.get(0).areaCode(), points.get(0).nameKo(), points.size(),
                sum.divide(BigDecimal.valueOf(points.size()), 2, RoundingMode.HALF_UP));
    }

    /** Applications of a round; re-reviews, which have none, are left out. */
    private static Map<String, List<ApplicationFacts>> byRound(List<ApplicationFacts> applications) {
        return applications.stream()
                .filter(application -> application.roundId() != null)
                .collect(Collectors.groupingBy(ApplicationFacts::roundId, TreeMap::new, Collectors.toList()));
    }
}
