package kr.smartcity.registry.web.pages;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.api.StatisticsQueries.CertificationCount;
import kr.smartcity.registry.query.api.StatisticsQueries.Statistics;
import kr.smartcity.registry.query.api.StatisticsQueries.StatisticsQuery;
import kr.smartcity.registry.web.pages.BarChart.Entry;

/**
 * 통계: certifications by field and level, by level, by award year and status, and each round's pass rate, each as
 * a chart with the table of its numbers beside it.
 */
@Controller
class StatisticsPage {

    private final QueryGateway queries;
    private final DomainNames names;

    StatisticsPage(QueryGateway queries, DomainNames names) {
        this.queries = queries;
        this.names = names;
    }

    @GetMapping("/statistics")
    String statistics(Model model) {
        Statistics statistics = queries.query(new StatisticsQuery(), Statistics.class).join();
        List<CertificationCount> counts = statistics.certifications();
        CountTable<ServiceField, ServiceLevel> byField = CountTable.of(List.of(ServiceField.values()),
                List.of(ServiceLevel.values()), counts, CertificationCount::field, CertificationCount::level);
        List<Integer> years = counts.stream().map(CertificationCount::awardYear).distinct().sorted().toList();
        CountTable<Integer, CertificationStatus> byYear = CountTable.of(years, List.of(CertificationStatus.values()),
                counts, CertificationCount::awardYear, CertificationCount::status);

        model.addAttribute("byField", byField);
        model.addAttribute("fieldChart", chart(byField.rows(), names::field, byField::rowTotal));
        model.addAttribute("levelChart", chart(byField.columns(), names::level, byField::columnTotal));
        model.addAttribute("byYear", byYear);
        model.addAttribute("yearChart", chart(years, String::valueOf, byYear::rowTotal));
        model.addAttribute("passRates", statistics.passRates());
        model.addAttribute("passRateChart", BarChart.of(statistics.passRates().stream()
                .filter(round -> round.passRatePercent() != null)
                .map(round -> new Entry(round.roundId(), round.passRatePercent().doubleValue(),
                        round.passRatePercent().toPlainString() + "%"))
                .toList(), 100));
        model.addAttribute("areaAverages", statistics.areaAverages());
        return "statistics";
    }

    private static <T> BarChart chart(List<T> rows, Function<T, String> label, ToLongFunction<T> count) {
        return BarChart.of(rows.stream()
                .map(row -> new Entry(label.apply(row), count.applyAsLong(row), String.valueOf(count.applyAsLong(row))))
                .toList(), 0);
    }
}
