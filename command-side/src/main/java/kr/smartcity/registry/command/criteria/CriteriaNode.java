package kr.smartcity.registry.command.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One structure line of a criteria file while it is being read, remembering its line number for errors. */
final class CriteriaNode {

    enum Kind {
        AREA("area", 1), ITEM("item", 2), SUB_ITEM("sub-item", 3), INDICATOR("indicator", 4);

        final String keyword;
        /** Number of dot-separated parts of the code, e.g. 1.1.1.1 for an indicator. */
        final int codeDepth;

        Kind(String keyword, int codeDepth) {
            this.keyword = keyword;
            this.codeDepth = codeDepth;
        }
    }

    final Kind kind;
    final String code;
    final int line;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<String> evidence = new ArrayList<>();
    final List<CriteriaNode> children = new ArrayList<>();
    String ko;
    String en;
    String committee;

    CriteriaNode(Kind kind, String code, int line) {
        this.kind = kind;
        this.code = code;
        this.line = line;
    }

    String label() {
        return kind.keyword + " " + code;
    }
}
