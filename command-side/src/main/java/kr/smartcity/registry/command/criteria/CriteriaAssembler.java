package kr.smartcity.registry.command.criteria;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/**
 * Turns a parsed criteria file into the immutable model, refusing it unless every value is well formed and
 * every subtotal adds up (세부지표 → 세부 평가항목 → 평가항목 → 인증지표, at each level).
 */
final class CriteriaAssembler {

    private final String source;

    private CriteriaAssembler(String source) {
        this.source = source;
    }

    static CriteriaVersion assemble(String source, String expectedVersion, CriteriaFileParser.Parsed parsed) {
        return new CriteriaAssembler(source).version(expectedVersion, parsed);
    }

    private CriteriaVersion version(String expectedVersion, CriteriaFileParser.Parsed parsed) {
        CriteriaFileParser.Header header = parsed.header();
        if (!header.version().equals(expectedVersion)) {
            throw fail(header.versionLine(), "file declares version " + header.version() + " but was asked for "
                    + expectedVersion);
        }
        List<Area> areas = new ArrayList<>();
        for (CriteriaNode node : parsed.areas()) {
            areas.add(area(node));
        }
        Points passMark = points(header.passMarkLine(), "pass-mark", header.passMark());
        Points total = Points.sum(areas.stream().map(Area::maxPoints).toList());
        if (!passMark.isPositive() || passMark.compareTo(total) > 0) {
            throw fail(header.passMarkLine(), "pass-mark " + passMark + " must be above 0 and at most the total " + total);
        }
        return new CriteriaVersion(header.version(), header.title(), passMark, areas);
    }

    private Area area(CriteriaNode node) {
        Points max = required(node, "max");
        Points minimum = required(node, "minimum");
        if (minimum.compareTo(max) > 0) {
            throw fail(node.line, "area " + node.code + " minimum " + minimum + " exceeds its max " + max);
        }
        List<Item> items = new ArrayList<>();
        for (CriteriaNode child : node.children) {
            items.add(item(child, max));
        }
        for (ServiceLevel level : ServiceLevel.values()) {
            Points sum = Points.sum(items.stream().filter(i -> i.levels().contains(level)).map(Item::maxPoints).toList());
            if (!sum.equals(max)) {
                throw fail(node.line, "area " + node.code + " items for " + level + " add up to " + sum
                        + ", but max=" + max);
            }
        }
        return new Area(node.code, ko(node), en(node), max, minimum, items);
    }

    private Item item(CriteriaNode node, Points areaMax) {
        Points max = required(node, "max");
        Set<ServiceLevel> levels = levels(node, text(node, "levels"));
        List<SubItem> subItems = new ArrayList<>();
        for (CriteriaNode child : node.children) {
            subItems.add(subItem(child, levels, areaMax));
        }
        checkSum(node, max, subItems.stream().map(SubItem::maxPoints).toList());
        return new Item(node.code, ko(node), en(node), max, levels, subItems);
    }

    private SubItem subItem(CriteriaNode node, Set<ServiceLevel> itemLevels, Points areaMax) {
        Points max = required(node, "max");
        List<Indicator> indicators = new ArrayList<>();
        Map<String, Indicator> slots = new LinkedHashMap<>();
        for (CriteriaNode child : node.children) {
            Indicator indicator = indicator(child, itemLevels, areaMax);
            Indicator sibling = slots.putIfAbsent(indicator.code(), indicator);
            if (sibling != null) {
                checkVariant(child, sibling, indicator);
            }
            indicators.add(indicator);
        }
        checkSum(node, max, slots.values().stream().map(Indicator::maxPoints).toList());
        return new SubItem(node.code, ko(node), en(node), max, indicators);
    }

    /** Two rows with one code are field variants (특화지표 선택): distinct fields, same allotment. */
    private void checkVariant(CriteriaNode node, Indicator first, Indicator second) {
        if (first.specialisation().isEmpty() || second.specialisation().isEmpty()
                || first.specialisation().equals(second.specialisation())) {
            throw fail(node.line, "indicator " + node.code + " repeats; only field variants (field=…) may share a code");
        }
        if (!first.maxPoints().equals(second.maxPoints())) {
            throw fail(node.line, "variants of " + node.code + " must have the same max (" + first.maxPoints() + " vs "
                    + second.maxPoints() + ")");
        }
    }

    private Indicator indicator(CriteriaNode node, Set<ServiceLevel> itemLevels, Points areaMax) {
        Points max = required(node, "max");
        String sheet = text(node, "sheet");
        Assessment assessment = Assessment.fromToken(text(node, "basis")).orElseThrow(() -> fail(node.line,
                "basis must be one of rule, rule-or-committee, committee, derived"));
        Set<ServiceLevel> levels = node.attributes.containsKey("levels") ? levels(node, node.attributes.get("levels"))
                : itemLevels;
        if (!itemLevels.containsAll(levels)) {
            throw fail(node.line, "indicator " + node.code + " levels " + levels + " are outside its item's " + itemLevels);
        }
        Optional<ServiceField> field = Optional.ofNullable(node.attributes.get("field"))
                .map(name -> enumValue(node, ServiceField.class, name));
        Optional<Inheritance> inheritance = inheritance(node, assessment, levels, max, areaMax);
        return new Indicator(node.code, sheet, ko(node), en(node), max, levels, field, assessment, inheritance,
                node.evidence, Optional.ofNullable(node.committee));
    }

    /**
     * A derived indicator inherits a share of the composition score one level down; its max must be exactly that
     * share of the area's max (2.2.1.1: 1/2 × 50 = 25).
     */
    private Optional<Inheritance> inheritance(CriteriaNode node, Assessment assessment, Set<ServiceLevel> levels,
            Points max, Points areaMax) {
        boolean derived = assessment == Assessment.DERIVED;
        boolean declared = node.attributes.containsKey("inherits") || node.attributes.containsKey("share");
        if (derived != declared) {
            throw fail(node.line, "inherits= and share= go together with basis=derived, and only with it");
        }
        if (!derived) {
            return Optional.empty();
        }
        ServiceLevel from = enumValue(node, ServiceLevel.class, text(node, "inherits"));
        if (levels.contains(from)) {
            throw fail(node.line, node.code + " cannot inherit from its own level " + from);
        }
        Inheritance inheritance = share(node, from);
        long fullShare = areaMax.times(inheritance.numerator()).hundredths();
        if (fullShare % inheritance.denominator() != 0
                || fullShare / inheritance.denominator() != max.hundredths()) {
            throw fail(node.line, node.code + " max=" + max + " is not " + inheritance.numerator() + "/"
                    + inheritance.denominator() + " of the area's " + areaMax);
        }
        return Optional.of(inheritance);
    }

    private Inheritance share(CriteriaNode node, ServiceLevel from) {
        String[] share = text(node, "share").split("/");
        try {
            return new Inheritance(from, Integer.parseInt(share[0]), Integer.parseInt(share[1]));
        } catch (RuntimeException e) {
            throw fail(node.line, "share must be a fraction such as 1/2 (" + e.getMessage() + ")");
        }
    }

    private void checkSum(CriteriaNode node, Points max, List<Points> parts) {
        Points sum = Points.sum(parts);
        if (!sum.equals(max)) {
            throw fail(node.line, node.label() + " parts add up to " + sum + ", but max=" + max);
        }
    }

    private Set<ServiceLevel> levels(CriteriaNode node, String list) {
        Set<ServiceLevel> levels = EnumSet.noneOf(ServiceLevel.class);
        for (String name : list.split(",")) {
            levels.add(enumValue(node, ServiceLevel.class, name));
        }
        return levels;
    }

    private <E extends Enum<E>> E enumValue(CriteriaNode node, Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw fail(node.line, "unknown " + type.getSimpleName() + " '" + name + "'");
        }
    }

    private Points required(CriteriaNode node, String key) {
        return points(node.line, key, text(node, key));
    }

    private Points points(int line, String key, String value) {
        Points points;
        try {
            points = Points.parse(value);
        } catch (IllegalArgumentException e) {
            throw fail(line, key + ": " + e.getMessage());
        }
        if (points.isNegative() || !points.isWholeOrHalf()) {
            throw fail(line, key + "=" + value + " must be a non-negative whole or half point");
        }
        return points;
    }

    private String text(CriteriaNode node, String key) {
        String value = node.attributes.get(key);
        if (value == null) {
            throw fail(node.line, node.label() + " needs " + key + "=");
        }
        return value;
    }

    private String ko(CriteriaNode node) {
        if (node.ko == null) {
            throw fail(node.line, node.label() + " needs a 'ko:' line");
        }
        return node.ko;
    }

    private String en(CriteriaNode node) {
        if (node.en == null) {
            throw fail(node.line, node.label() + " needs an 'en:' line");
        }
        return node.en;
    }

    private CriteriaFormatException fail(int line, String problem) {
        return new CriteriaFormatException(source, line, problem);
    }
}
