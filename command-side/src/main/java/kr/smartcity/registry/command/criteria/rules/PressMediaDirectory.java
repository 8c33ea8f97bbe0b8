package kr.smartcity.registry.command.criteria.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.smartcity.registry.command.basedata.BaseDataFile;
import kr.smartcity.registry.command.criteria.CriteriaFormatException;

/**
 * 매체기준: the named 가군 and 나군 outlets of one criteria version, read from
 * {@code criteria/press-media/<version>.txt}. Outlets not named are 다군; the committee has the final word on
 * whether a report counts and on outlets only described by category (e.g. G20 major media).
 */
public final class PressMediaDirectory {

    private final Map<String, PressGroup> byName;
    private final Map<PressGroup, List<String>> categories;

    private PressMediaDirectory(Map<String, PressGroup> byName, Map<PressGroup, List<String>> categories) {
        this.byName = Map.copyOf(byName);
        this.categories = Map.copyOf(categories);
    }

    public static PressMediaDirectory forVersion(String versionId) {
        String resource = "criteria/press-media/" + versionId + ".txt";
        return parse(resource, BaseDataFile.lines(resource));
    }

    static PressMediaDirectory parse(String source, List<String> lines) {
        Map<String, PressGroup> byName = new HashMap<>();
        Map<PressGroup, List<String>> categories = new EnumMap<>(PressGroup.class);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts[0].equals("category")) {
                String[] category = parts.length > 1 ? parts[1].split("\\s+", 2) : new String[0];
                if (category.length < 2) {
                    throw new CriteriaFormatException(source, i + 1, "category needs a group and a description");
                }
                categories.computeIfAbsent(group(source, i + 1, category[0]), g -> new ArrayList<>()).add(category[1]);
                continue;
            }
            if (parts.length < 2) {
                throw new CriteriaFormatException(source, i + 1, "expected '<group> <outlet>'");
            }
            PressGroup group = group(source, i + 1, parts[0]);
            for (String name : parts[1].split(";")) {
                if (byName.put(normalise(name), group) != null) {
                    throw new CriteriaFormatException(source, i + 1, "outlet '" + name.strip() + "' is listed twice");
                }
            }
        }
        return new PressMediaDirectory(byName, categories);
    }

    private static PressGroup group(String source, int line, String token) {
        return switch (token) {
            case "가" -> PressGroup.GA;
            case "나" -> PressGroup.NA;
            default -> throw new CriteriaFormatException(source, line, "group must be 가 or 나, not '" + token + "'");
        };
    }

    /** The group of a registered outlet: named in 가 or 나, else 다군. */
    public PressGroup groupOf(String outlet) {
        return byName.getOrDefault(normalise(outlet), PressGroup.DA);
    }

    /** Classes of outlets the list describes but cannot name, for evaluators to judge. */
    public List<String> categories(PressGroup group) {
        return List.copyOf(categories.getOrDefault(group, List.of()));
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s·.'\\-]", "");
    }
}
