package kr.smartcity.registry.query.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** An answer is read once per version of the registry, and only the most recently asked are kept. */
class RegistryAnswersTest {

    private final RegistryVersion version = new RegistryVersion();
    private final AtomicInteger reads = new AtomicInteger();
    private final RegistryAnswers<String, String> answers = new RegistryAnswers<>(version, 2);

    private String ask(String question) {
        return answers.answer(question, () -> question + "#" + reads.incrementAndGet());
    }

    @Test
    void anAnswerIsReadAgainOnlyAfterTheRegistryChanged() {
        assertThat(ask("SCS-2024-T-0001")).isEqualTo("SCS-2024-T-0001#1");
        assertThat(ask("SCS-2024-T-0001")).isEqualTo("SCS-2024-T-0001#1");

        version.changed();

        assertThat(ask("SCS-2024-T-0001")).isEqualTo("SCS-2024-T-0001#2");
    }

    @Test
    void theLeastRecentlyAskedIsDroppedBeyondTheBound() {
        ask("a");
        ask("b");
        ask("a");
        ask("c");

        assertThat(ask("a")).isEqualTo("a#1");
        assertThat(ask("b")).isEqualTo("b#4");
    }
}
