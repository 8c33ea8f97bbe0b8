package kr.smartcity.registry.web.pages;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import kr.smartcity.registry.query.api.StatisticsQueries.CertificationCount;

/**
 * Certifications counted by two of their properties (field × level, year × status), with the totals of each row and
 * column: what a cross table shows and a bar chart of the totals draws. Rows and columns come in the given order,
 * those without certifications included.
 */
final class CountTable<R, C> {

    private final List<R> rows;
    private final List<C> columns;
    private final Map<List<Object>, Long> cells = new HashMap<>();

    private CountTable(List<R> rows, List<C> columns) {
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
    }

    static <R, C> CountTable<R, C> of(List<R> rows, List<C> columns, Collection<CertificationCount> counts,
                                      Function<CertificationCount, R> row, Function<CertificationCount, C> column) {
        CountTable<R, C> table = new CountTable<>(rows, columns);
        counts.forEach(count -> table.cells.merge(List.of(row.apply(count), column.apply(count)), count.count(),
                Long::sum));
        return table;
    }

    public List<R> rows() {
        return rows;
    }

    public List<C> columns() {
        return columns;
    }

    public long count(R row, C column) {
        return cells.getOrDefault(List.of(row, column), 0L);
    }

    public long rowTotal(R row) {
        return columns.stream().mapToLong(column -> count(row, column)).sum();
    }

    public long columnTotal(C column) {
        return rows.stream().mapToLong(row -> count(row, column)).sum();
    }

    public long total() {
        return rows.stream().mapToLong(this::rowTotal).sum();
    }
}
