package kr.smartcity.registry.command.criteria;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * 인증 기준 목록: finds a criteria version by id in {@code criteria/<id>.txt} on the classpath, so a later call's
 * criteria are added as a file, with no code change. Versions are loaded once and then immutable.
 */
public final class CriteriaCatalog {

    private static final Pattern VERSION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final ClassLoader classLoader;
    private final Map<String, CriteriaVersion> loaded = new ConcurrentHashMap<>();

    private CriteriaCatalog(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public static CriteriaCatalog onClasspath() {
        return new CriteriaCatalog(CriteriaCatalog.class.getClassLoader());
    }

    /** The version, or empty if no file exists for it; a file that exists but is broken throws. */
    public Optional<CriteriaVersion> find(String versionId) {
        if (!VERSION_ID.matcher(versionId).matches()) {
            return Optional.empty();
        }
        CriteriaVersion cached = loaded.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        String resource = resourceName(versionId);
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            CriteriaVersion version = read(resource, versionId, in);
            return Optional.of(loaded.computeIfAbsent(versionId, id -> version));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public CriteriaVersion version(String versionId) {
        return find(versionId).orElseThrow(() -> new NoSuchElementException(
                "인증 기준 버전이 없습니다 / no criteria version '" + versionId + "' (" + resourceName(versionId) + ")"));
    }

    /** Reads one criteria file; public so that a file can be checked outside the classpath (e.g. before release). */
    public static CriteriaVersion read(String source, String expectedVersion, InputStream in) throws IOException {
        List<String> lines;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines = reader.lines().toList();
        }
        return CriteriaAssembler.assemble(source, expectedVersion, CriteriaFileParser.parse(source, lines));
    }

    private static String resourceName(String versionId) {
        return "criteria/" + versionId + ".txt";
    }
}
