package kr.smartcity.registry.query.registry;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Registry search as a Korean user types it, without MongoDB's {@code $text} (the embedded server has none):
 * spacing and case never matter, and an initial consonant (초성) stands for itself or any syllable it begins,
 * so {@code ㅅㅁㅌ}, {@code 스마ㅌ} and {@code 스마트} all find 스마트. Each entry stores one key, its names and holders
 * normalised; a query becomes a regular expression over that key, in which every other character is literal.
 */
final class SearchKeys {

    /** 가: the first precomposed Hangul syllable; syllables run in blocks of one initial consonant each. */
    private static final char FIRST_SYLLABLE = '\uAC00';
    /** Syllables per initial consonant: 21 vowels × 28 finals (none included). */
    private static final int SYLLABLES_PER_INITIAL = 21 * 28;
    /** The 19 initial consonants in the order of their syllable blocks, as the compatibility jamo keyboards type. */
    private static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchKeys() {
    }

    /**
     * The stored key: each text normalised, joined by line breaks, which a query (its spaces removed) never holds,
     * so no match runs from one name into the next.
     */
    static String key(String nameKo, String nameEn, List<String> holders) {
        return Stream.concat(Stream.of(nameKo, nameEn), holders.stream())
                .map(text -> text == null ? "" : normalise(text))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Without spaces, lower-cased, and composed (NFC): Hangul pasted from a decomposed source (macOS file names)
     * then matches the same syllables typed on a keyboard.
     */
    static String normalise(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The regular expression a query becomes: initial consonants as their syllable blocks, the rest quoted. */
    static String pattern(String query) {
        StringBuilder pattern = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        normalise(query).codePoints().forEach(c -> {
            int initial = c <= Character.MAX_VALUE ? INITIALS.indexOf(c) : -1;
            if (initial < 0) {
                literal.appendCodePoint(c);
                return;
            }
            flush(literal, pattern);
            char first = (char) (FIRST_SYLLABLE + initial * SYLLABLES_PER_INITIAL);
            char last = (char) (first + SYLLABLES_PER_INITIAL - 1);
            pattern.append('[').append((char) c).append(first).append('-').append(last).append(']');
        });
        flush(literal, pattern);
        return pattern.toString();
    }

    private static void flush(StringBuilder literal, StringBuilder pattern) {
        if (!literal.isEmpty()) {
            pattern.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }
}
