package kr.smartcity.registry.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * XSS (크로스사이트 스크립트): every page writes what it shows through Thymeleaf's escaping output. No template uses
 * unescaped output ({@code th:utext}, {@code [(…)]}), an inline script or an event-handler attribute, so text an
 * applicant typed can never become markup or script (the Content-Security-Policy would refuse inline script too).
 */
class EscapedTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern UNESCAPED = Pattern.compile("th:utext|\\[\\(");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bth:src=)[^>]*>");
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateWritesUnescapedTextOrInlineScript() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(file -> file.toString().endsWith(".html")).toList();
        }
        assertThat(templates).as("templates found").hasSizeGreaterThan(10);

        for (Path template : templates) {
            String html = Files.readString(template);
            assertThat(UNESCAPED.matcher(html).find()).as(template + " writes unescaped text").isFalse();
            assertThat(INLINE_SCRIPT.matcher(html).find()).as(template + " has an inline script").isFalse();
            assertThat(EVENT_HANDLER.matcher(html).find()).as(template + " has an event-handler attribute").isFalse();
        }
    }
}
