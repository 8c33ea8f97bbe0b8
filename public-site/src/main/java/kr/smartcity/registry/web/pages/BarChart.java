package kr.smartcity.registry.web.pages;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A horizontal bar chart drawn on the server as inline SVG, so it needs no script: each bar in the SVG's user units,
 * with its label before it and its value written after it, so that no number is told by length or colour alone. The
 * longest bar fills the width, or {@code scale} does when given (100 for percentages).
 */
record BarChart(List<Bar> bars) {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 230;
    static final int BAR_SPACE = 330;
    static final int ROW = 30;

    record Bar(String label, String value, int y, int length) {

        public int textY() {
            return y + 15;
        }

        public int valueX() {
            return LABEL_WIDTH + length + 6;
        }
    }

    record Entry(String label, double amount, String value) {
    }

    static BarChart of(List<Entry> entries, double scale) {
        double longest = scale > 0 ? scale : entries.stream().mapToDouble(Entry::amount).max().orElse(0);
        return new BarChart(IntStream.range(0, entries.size())
                .mapToObj(row -> {
                    Entry entry = entries.get(row);
                    int length = longest == 0 ? 0 : (int) Math.round(BAR_SPACE * entry.amount() / longest);
                    return new Bar(entry.label(), entry.value(), row * ROW + 5, length);
                })
                .toList());
    }

    public int width() {
        return WIDTH;
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public int height() {
        return bars.size() * ROW + 10;
    }
}
