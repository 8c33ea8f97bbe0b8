package kr.smartcity.registry.command.criteria;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import kr.smartcity.registry.command.criteria.CriteriaNode.Kind;

/**
 * Reads the syntax of a criteria file (format described at the top of {@code criteria/2023.txt}) into a tree of
 * {@link CriteriaNode}s. Arithmetic is checked afterwards by {@link CriteriaAssembler}.
 */
final class CriteriaFileParser {

    /** What the file says before its first area. */
    record Header(String version, int versionLine, String title, String passMark, int passMarkLine) {
    }

    record Parsed(Header header, List<CriteriaNode> areas) {
    }

    private static final Pattern CODE = Pattern.compile("\\d+(\\.\\d+)*");
    private static final Map<Kind, Set<String>> ATTRIBUTES = Map.of(
            Kind.AREA, Set.of("max", "minimum"),
            Kind.ITEM, Set.of("max", "levels"),
            Kind.SUB_ITEM, Set.of("max"),
            Kind.INDICATOR, Set.of("sheet", "max", "basis", "field", "levels", "inherits", "share"));

    private final String source;
    private final List<CriteriaNode> areas = new ArrayList<>();
    private final Set<String> structureCodes = new HashSet<>();
    private final CriteriaNode[] open = new CriteriaNode[Kind.values().length];
    private CriteriaNode current;
    private String version;
    private int versionLine;
    private String title;
    private String passMark;
    private int passMarkLine;

    private CriteriaFileParser(String source) {
        this.source = source;
    }

    static Parsed parse(String source, List<String> lines) {
        CriteriaFileParser parser = new CriteriaFileParser(source);
        for (int i = 0; i < lines.size(); i++) {
            parser.readLine(i + 1, lines.get(i).strip());
        }
        return parser.finish(lines.size());
    }

    private void readLine(int line, String text) {
        if (text.isEmpty() || text.startsWith("#")) {
            return;
        }
        int colon = text.indexOf(':');
        String firstWord = text.split("\\s+", 2)[0];
        if (colon > 0 && colon == firstWord.length() - 1) {
            readText(line, firstWord.substring(0, colon), text.substring(colon + 1).strip());
            return;
        }
        String[] tokens = text.split("\\s+");
        switch (tokens[0]) {
            case "version" -> {
                version = single(line, tokens);
                versionLine = line;
            }
            case "pass-mark" -> {
                passMark = single(line, tokens);
                passMarkLine = line;
            }
            default -> readStructure(line, tokens);
        }
    }

    private String single(int line, String[] tokens) {
        if (tokens.length != 2) {
            throw fail(line, "'" + tokens[0] + "' takes exactly one value");
        }
        return tokens[1];
    }

    private void readText(int line, String key, String value) {
        if (value.isEmpty()) {
            throw fail(line, "'" + key + ":' has no text");
        }
        if (key.equals("title")) {
            title = value;
            return;
        }
        if (current == null) {
            throw fail(line, "'" + key + ":' must follow an area, item, sub-item or indicator line");
        }
        switch (key) {
            case "ko" -> current.ko = once(line, key, current.ko, value);
            case "en" -> current.en = once(line, key, current.en, value);
            case "committee" -> current.committee = once(line, key, current.committee, value);
            case "evidence" -> current.evidence.add(value);
            default -> throw fail(line, "unknown text key '" + key + ":' (expected ko, en, evidence, committee)");
        }
    }

    private String once(int line, String key, String existing, String value) {
        if (existing != null) {
            throw fail(line, "'" + key + ":' given twice for " + current.label());
        }
        return value;
    }

    private void readStructure(int line, String[] tokens) {
        Kind kind = kindOf(line, tokens[0]);
        if (tokens.length < 2 || !CODE.matcher(tokens[1]).matches()) {
            throw fail(line, kind.keyword + " needs a dotted code such as 1.1.1.1");
        }
        String code = tokens[1];
        if (code.split("\\.").length != kind.codeDepth) {
            throw fail(line, "code " + code + " has the wrong depth for a " + kind.keyword);
        }
        CriteriaNode node = new CriteriaNode(kind, code, line);
        for (int i = 2; i < tokens.length; i++) {
            readAttribute(line, node, tokens[i]);
        }
        attach(node);
    }

    private Kind kindOf(int line, String keyword) {
        for (Kind kind : Kind.values()) {
            if (kind.keyword.equals(keyword)) {
                return kind;
            }
        }
        throw fail(line, "unknown statement '" + keyword + "'");
    }

    private void readAttribute(int line, CriteriaNode node, String token) {
        int eq = token.indexOf('=');
        if (eq <= 0 || eq == token.length() - 1) {
            throw fail(line, "expected key=value but found '" + token + "'");
        }
        String key = token.substring(0, eq);
        if (!ATTRIBUTES.get(node.kind).contains(key)) {
            throw fail(line, "unknown attribute '" + key + "' for " + node.kind.keyword);
        }
        if (node.attributes.put(key, token.substring(eq + 1)) != null) {
            throw fail(line, "attribute '" + key + "' given twice");
        }
    }

    /** Places a node under the innermost open node one level up, which its code must extend. */
    private void attach(CriteriaNode node) {
        if (node.kind != Kind.INDICATOR && !structureCodes.add(node.code)) {
            throw fail(node.line, node.label() + " is declared twice");
        }
        int depth = node.kind.ordinal();
        if (depth == 0) {
            areas.add(node);
        } else {
            CriteriaNode parent = open[depth - 1];
            if (parent == null || !node.code.startsWith(parent.code + ".")) {
                throw fail(node.line, node.label() + " does not belong under "
                        + (parent == null ? "anything" : parent.label()));
            }
            parent.children.add(node);
        }
        open[depth] = node;
        for (int deeper = depth + 1; deeper < open.length; deeper++) {
            open[deeper] = null;
        }
        current = node;
    }

    private Parsed finish(int lastLine) {
        if (version == null) {
            throw fail(lastLine, "no 'version' statement");
        }
        if (passMark == null) {
            throw fail(lastLine, "no 'pass-mark' statement");
        }
        if (areas.isEmpty()) {
            throw fail(lastLine, "no areas");
        }
        return new Parsed(new Header(version, versionLine, title == null ? version : title, passMark, passMarkLine),
                List.copyOf(areas));
    }

    private CriteriaFormatException fail(int line, String problem) {
        return new CriteriaFormatException(source, line, problem);
    }
}
