package kr.smartcity.registry.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Korean first, English available: every message of a bundle has its English and no English message is orphaned. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"staff", "security", "applicant", "evaluator", "operator", "ministry", "monitor", "admin"})
    void everyKoreanMessageHasItsEnglish(String bundle) throws IOException {
        Properties korean = load("/i18n/" + bundle + ".properties");
        Properties english = load("/i18n/" + bundle + "_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(korean.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
