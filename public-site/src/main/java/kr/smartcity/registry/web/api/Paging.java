package kr.smartcity.registry.web.api;

/** The bounds of a page request, the same for every paged list of the API. */
final class Paging {

    static final int MAX_PAGE_SIZE = 100;
    /** Far beyond any registry; keeps page × size (the documents skipped) within what MongoDB takes. */
    private static final int MAX_PAGE = 1_000_000;

    private Paging() {
    }

    /** Refuses a page below 0 or beyond the bound, and a size outside 1 … {@value #MAX_PAGE_SIZE}, with a 400. */
    static void check(int page, int size) {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("page는 0~" + MAX_PAGE + ", size는 1~" + MAX_PAGE_SIZE
                    + " / 0 <= page <= " + MAX_PAGE + " and 1 <= size <= " + MAX_PAGE_SIZE);
        }
    }
}
