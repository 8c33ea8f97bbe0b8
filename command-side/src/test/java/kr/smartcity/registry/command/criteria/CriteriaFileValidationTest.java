package kr.smartcity.registry.command.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A criteria file that does not add up, or is malformed, refuses to load and names the offending line. */
class CriteriaFileValidationTest {

    @Test
    @DisplayName("the broken test file (S-224 printed as 3 + 3) fails at the sub-item's line")
    void brokenFileInTestResources() {
        assertThatThrownBy(() -> CriteriaCatalog.onClasspath().find("broken"))
                .isInstanceOf(CriteriaFormatException.class)
                .hasMessage("criteria/broken.txt line 39: sub-item 2.2.4 parts add up to 6, but max=7")
                .extracting(e -> ((CriteriaFormatException) e).lineNumber()).isEqualTo(39);
    }

    /** Each case edits one line of the real 2023 file and expects the error on the named statement's line. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            indicator 2.2.4.2 sheet=S-224 max=4 basis=rule  | indicator 2.2.4.2 sheet=S-224 max=3 basis=rule  | sub-item 2.2.4    | parts add up to 6, but max=7
            sub-item 1.1.1 max=3                             | sub-item 1.1.1 max=4                             | sub-item 1.1.1    | parts add up to 3, but max=4
            item 1.2 max=12 levels=L1,L2,L3                  | item 1.2 max=13 levels=L1,L2,L3                  | item 1.2          | parts add up to 12, but max=13
            area 3 max=20 minimum=10                         | area 3 max=21 minimum=10                         | area 3            | items for L1 add up to 20, but max=21
            area 3 max=20 minimum=10                         | area 3 max=20 minimum=25                         | area 3            | minimum 25 exceeds its max 20
            indicator 1.2.2.2 sheet=S-122 max=2 basis=rule  | indicator 1.2.2.2 sheet=S-122 max=2.3 basis=rule  | indicator 1.2.2.2 | must be a non-negative whole or half point
            indicator 1.2.2.2 sheet=S-122 max=2 basis=rule  | indicator 1.2.2.2 sheet=S-122 max=two basis=rule  | indicator 1.2.2.2 | not a number
            indicator 1.2.2.2 sheet=S-122 max=2 basis=rule  | indicator 1.2.2.2 sheet=S-122 max=2 basis=vote    | indicator 1.2.2.2 | basis must be one of
            indicator 1.2.2.2 sheet=S-122 max=2 basis=rule  | indicator 1.2.2.2 sheet=S-122 max=2 basis=rule colour=red | indicator 1.2.2.2 | unknown attribute 'colour'
            indicator 1.2.2.2 sheet=S-122 max=2 basis=rule  | indicator 1.2.2.2 sheet=S-122 max=2 basis=rule field=SPACE | indicator 1.2.2.2 | unknown ServiceField 'SPACE'
            indicator 1.2.2.2 sheet=S-122 max=2 basis=rule  | indicator 1.2.2.1 sheet=S-122 max=2 basis=rule  | (edited)          | only field variants
            indicator 1.2.2.2 sheet=S-122 max=2 basis=rule  | indicator 1.3.2.2 sheet=S-122 max=2 basis=rule  | indicator 1.3.2.2 | does not belong under sub-item 1.2.2
            indicator 2.1.1.4 sheet=S-211 max=3 basis=rule field=ENVIRONMENT_ENERGY | indicator 2.1.1.4 sheet=S-211 max=2 basis=rule field=ENVIRONMENT_ENERGY | (edited)          | same max (3 vs 2)
            indicator 2.2.1.1 sheet=S-221 max=25 basis=derived inherits=L1 share=1/2 | indicator 2.2.1.1 sheet=S-221 max=25 basis=derived inherits=L1 share=1/3 | indicator 2.2.1.1 | is not 1/3 of the area's 50
            indicator 2.2.1.1 sheet=S-221 max=25 basis=derived inherits=L1 share=1/2 | indicator 2.2.1.1 sheet=S-221 max=25 basis=derived inherits=L2 share=1/2 | indicator 2.2.1.1 | cannot inherit from its own level
            indicator 2.2.1.1 sheet=S-221 max=25 basis=derived inherits=L1 share=1/2 | indicator 2.2.1.1 sheet=S-221 max=25 basis=rule inherits=L1 share=1/2 | indicator 2.2.1.1 | go together with basis=derived
            pass-mark 70                                     | pass-mark 101                                    | pass-mark 101     | must be above 0 and at most the total 100
            version 2023                                     | version 2024                                     | version 2024      | declares version 2024 but was asked for 2023
            ko: 해당 서비스의 재무적 타당성이 있다.            | kr: 해당 서비스의 재무적 타당성이 있다.            | kr:               | unknown text key 'kr:'
            """)
    void editedLineIsReported(String original, String replacement, String lineToReport, String problem)
            throws IOException {
        List<String> lines = lines2023();
        int index = indexOf(lines, original.strip());
        lines.set(index, lines.get(index).replace(original.strip(), replacement.strip()));
        int expectedLine = lineToReport.strip().equals("(edited)") ? index + 1 : indexOf(lines, lineToReport.strip()) + 1;

        assertThatThrownBy(() -> read(lines)).isInstanceOf(CriteriaFormatException.class)
                .hasMessageStartingWith("criteria/2023.txt line " + expectedLine + ": ")
                .hasMessageContaining(problem.strip());
    }

    @Test
    @DisplayName("a missing ko: line is reported at the indicator it belongs to")
    void missingKoreanText() throws IOException {
        assertRefused(lines -> {
            lines.remove(indexOf(lines, "ko: 해당 서비스의 재무적 타당성이 있다."));
            return lines;
        }, "indicator 1.3.3.1", "needs a 'ko:' line");
    }

    @Test
    @DisplayName("a duplicated sub-item is reported at its second declaration")
    void duplicateSubItem() throws IOException {
        List<String> lines = lines2023();
        int at = indexOf(lines, "sub-item 1.2.2 max=4");
        lines.set(at, lines.get(at).replace("1.2.2", "1.2.1"));
        assertThatThrownBy(() -> read(lines)).hasMessage("criteria/2023.txt line " + (at + 1)
                + ": sub-item 1.2.1 is declared twice");
    }

    @Test
    void theUnchangedFileLoads() throws IOException {
        assertThat(read(lines2023()).id()).isEqualTo("2023");
    }

    private static void assertRefused(UnaryOperator<List<String>> edit, String lineToReport, String problem)
            throws IOException {
        List<String> lines = edit.apply(lines2023());
        int expectedLine = indexOf(lines, lineToReport) + 1;
        assertThatThrownBy(() -> read(lines)).isInstanceOf(CriteriaFormatException.class)
                .hasMessageStartingWith("criteria/2023.txt line " + expectedLine + ": ").hasMessageContaining(problem);
    }

    private static int indexOf(List<String> lines, String startOfStatement) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(startOfStatement)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + startOfStatement);
    }

    private static List<String> lines2023() throws IOException {
        try (InputStream in = CriteriaFileValidationTest.class.getClassLoader()
                .getResourceAsStream("criteria/2023.txt")) {
            return new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    private static CriteriaVersion read(List<String> lines) throws IOException {
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        return CriteriaCatalog.read("criteria/2023.txt", "2023", new ByteArrayInputStream(bytes));
    }
}
