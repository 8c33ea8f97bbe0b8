package kr.smartcity.registry.query.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * 행정구역 코드: the 17 시도 and their 시군구 from the shipped, dated copy of 행정안전부's 법정동코드
 * ({@value #FILE}; docs/base-data.md says where it comes from and how to refresh it). It tells which 시도 a
 * certification's free-text region lies in.
 */
@Component
public class AdministrativeDistricts {

    static final String FILE = "basedata/administrative-districts-2024-01-18.tsv";

    private static final int PROVINCE_CODE = 2;
    private static final int DISTRICT_CODE = 5;

    private final List<Province> provinces;
    /** 시도 names, aliases and codes, folded by {@link #key}. */
    private final Map<String, Province> byName = new HashMap<>();
    /** 시군구 names found in one 시도 only; a name shared by several (중구, 고성군) says nothing. */
    private final Map<String, Province> byUniqueDistrict = new HashMap<>();

    public AdministrativeDistricts() {
        this(read(FILE));
    }

    AdministrativeDistricts(List<String> lines) {
        Map<String, Province> byCode = new LinkedHashMap<>();
        Map<String, List<Province>> byDistrict = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
                continue;
            }
            String[] column = line.split("\t", -1);
            String code = column[0].strip();
            if (code.length() == PROVINCE_CODE) {
                Province province = new Province(code, column[1].strip(), column[2].strip());
                byCode.put(code, province);
                byName.put(code, province);
                byName.put(key(province.nameKo()), province);
                byName.put(key(province.nameEn()), province);
                for (String alias : column[3].split(";")) {
                    if (!alias.isBlank()) {
                        byName.put(key(alias), province);
                    }
                }
            } else if (code.length() == DISTRICT_CODE && byCode.containsKey(code.substring(0, PROVINCE_CODE))) {
                byDistrict.computeIfAbsent(key(column[1]), name -> new ArrayList<>())
                        .add(byCode.get(code.substring(0, PROVINCE_CODE)));
            } else {
                throw new IllegalStateException(FILE + ": not a 시도 or 시군구 of a listed 시도: " + line);
            }
        }
        byDistrict.forEach((name, found) -> {
            if (found.size() == 1) {
                byUniqueDistrict.put(name, found.get(0));
            }
        });
        this.provinces = List.copyOf(byCode.values());
    }

    /** The 17 시도 in code order. */
    public List<Province> provinces() {
        return provinces;
    }

    /** The 시도 a code (11), name (서울특별시) or alias (서울, Seoul) stands for. */
    public Optional<Province> province(String codeOrName) {
        return Optional.ofNullable(byName.get(key(codeOrName)));
    }

    /**
     * The 시도 of a region as applicants write it: its first word that is a 시도 name or alias ("서울 강남구"), or a
     * 시군구 name found in one 시도 only ("수원시"), or that begins with a 시도's full name ("서울특별시강남구").
     */
    public Optional<Province> resolve(String region) {
        if (region == null) {
            return Optional.empty();
        }
        for (String word : region.strip().split("[\\s,()]+")) {
            Optional<Province> found = province(word)
                    .or(() -> Optional.ofNullable(byUniqueDistrict.get(key(word))))
                    .or(() -> provinces.stream().filter(province -> word.startsWith(province.nameKo())).findFirst());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> read(String resource) {
        try (InputStream in = AdministrativeDistricts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing base data " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** 시도: its 2-digit code (the first two digits of its 법정동코드) and names. */
    public record Province(String code, String nameKo, String nameEn) {
    }
}
