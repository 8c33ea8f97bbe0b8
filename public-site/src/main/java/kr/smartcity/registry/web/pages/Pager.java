package kr.smartcity.registry.web.pages;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The page links under a list: previous, next, and the numbers of up to {@value #AROUND} pages either side of the
 * current one, each link keeping the list's filters. Pages count from 1; {@code previous} and {@code next} are null
 * where there is none.
 */
record Pager(int current, int last, List<PageLink> pages, String previous, String next) {

    private static final int AROUND = 4;

    record PageLink(int number, String url) {
    }

    static Pager of(int current, long totalItems, int size, IntFunction<String> url) {
        int last = (int) Math.max(1, (totalItems + size - 1) / size);
        List<PageLink> pages = IntStream.rangeClosed(Math.max(1, current - AROUND), Math.min(last, current + AROUND))
                .mapToObj(number -> new PageLink(number, url.apply(number)))
                .toList();
        return new Pager(current, last, pages, current > 1 ? url.apply(Math.min(current - 1, last)) : null,
                current < last ? url.apply(current + 1) : null);
    }
}
