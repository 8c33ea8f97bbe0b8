package kr.smartcity.registry.command.basedata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A data file shipped on the classpath (the criteria's press-media list, the 사업자등록번호 rule; docs/base-data.md
 * names each file's source and how to refresh it), read whole as UTF-8 lines.
 */
public final class BaseDataFile {

    private BaseDataFile() {
    }

    public static List<String> lines(String resource) {
        try (InputStream in = BaseDataFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NoSuchElementException("no data file " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
