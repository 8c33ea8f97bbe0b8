package kr.smartcity.registry.query.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** How a query matches a stored key, as MongoDB's regular expression would (a match anywhere in the key). */
class SearchKeysTest {

    /** The initial consonants (초성) in the Unicode order of the syllable blocks, as compatibility jamo. */
    private static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private static final String KEY = SearchKeys.key("스마트 가로등 에너지 관리", "Smart Streetlight",
            List.of("그린에너지(주)", "부산 스마트시티 (재)"));

    private static boolean finds(String query, String key) {
        return Pattern.compile(SearchKeys.pattern(query)).matcher(key).find();
    }

    private static boolean finds(String query) {
        return finds(query, KEY);
    }

    @Test
    void theKeyHoldsEachTextWithoutSpacesLowerCasedOnItsOwnLine() {
        assertThat(KEY).isEqualTo("스마트가로등에너지관리\nsmartstreetlight\n그린에너지(주)\n부산스마트시티(재)");
    }

    @Test
    void spacingAndCaseDoNotMatter() {
        assertThat(finds("스마트가로등")).isTrue();
        assertThat(finds("스마트 가로 등")).isTrue();
        assertThat(finds("SMART street light")).isTrue();
        assertThat(finds("스마트 횡단보도")).isFalse();
    }

    @Test
    void initialConsonantsStandForTheSyllablesTheyBegin() {
        assertThat(finds("ㅅㅁㅌ")).isTrue();
        assertThat(finds("ㅅㅁㅌ ㄱㄹㄷ")).isTrue();
        assertThat(finds("ㄱㄹㅇㄴㅈ")).isTrue();
        assertThat(finds("ㅅㅁㅌㅎ")).isFalse();
    }

    @Test
    void initialsMixWithWholeSyllablesAndOtherCharacters() {
        assertThat(finds("스마ㅌ")).isTrue();
        assertThat(finds("스마트ㄱ로ㄷ")).isTrue();
        assertThat(finds("ㅂㅅ스마트")).isTrue();
        assertThat(finds("ㅇㄴㅈ(ㅈ)")).isTrue();
        assertThat(finds("스마ㅎ")).isFalse();
    }

    @Test
    void noMatchRunsFromOneTextIntoTheNext() {
        assertThat(finds("관리smart")).isFalse();
        assertThat(finds("ㄱㄹs")).isFalse();
    }

    @Test
    void everySyllableIsFoundByItsOwnInitialAndNoOther() {
        for (char syllable = '\uAC00'; syllable <= '\uD7A3'; syllable++) {
            char initial = INITIALS.charAt((syllable - 0xAC00) / 588);
            String text = String.valueOf(syllable);
            for (int i = 0; i < INITIALS.length(); i++) {
                char candidate = INITIALS.charAt(i);
                assertThat(finds(String.valueOf(candidate), text)).as("%s by %s", text, candidate)
                        .isEqualTo(candidate == initial);
            }
        }
        assertThat(finds("ㄲ", "까")).isTrue();
        assertThat(finds("ㄱ", "까")).isFalse();
        assertThat(finds("ㅎ", "힣")).isTrue();
    }

    @Test
    void anInitialTypedAsItselfIsFoundToo() {
        assertThat(finds("ㅅㅁㅌ", "ㅅㅁㅌ 모음")).isTrue();
    }

    @Test
    void everythingElseIsLiteralEvenRegularExpressionSyntax() {
        assertThat(finds("(주)")).isTrue();
        assertThat(finds(".*")).isFalse();
        assertThat(finds("[ㄱ-ㅎ]")).isFalse();
        assertThat(finds("\\E.*")).isFalse();
        assertThat(finds("ㅏ")).isFalse();
    }

    @Test
    void decomposedHangulIsComposedFirst() {
        String decomposed = Normalizer.normalize("스마트", Normalizer.Form.NFD);
        assertThat(decomposed).hasSize(6);
        assertThat(finds(decomposed)).isTrue();
        assertThat(SearchKeys.key(decomposed, "", List.of())).startsWith("스마트");
    }
}
