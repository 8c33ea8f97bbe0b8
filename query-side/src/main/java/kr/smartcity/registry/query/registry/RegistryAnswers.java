package kr.smartcity.registry.query.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers read from the registry since it last changed, the most recently asked first: the public asks for the same
 * facet pages and certificate checks over and over, and the registry changes a few times a day, so an answer is read
 * once per change instead of once per request. Bounded, least recently asked dropped first.
 */
final class RegistryAnswers<Q, A> {

    private record Answer<A>(long version, A answer) {
    }

    private final RegistryVersion version;
    private final Map<Q, Answer<A>> answers;

    RegistryAnswers(RegistryVersion version, int kept) {
        this.version = version;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Q, Answer<A>> eldest) {
                return size() > kept;
            }
        };
    }

    A answer(Q query, Supplier<A> read) {
        long now = version.current();
        Answer<A> kept;
        synchronized (answers) {
            kept = answers.get(query);
        }
        if (kept != null && kept.version() == now) {
            return kept.answer();
        }
        // Read after taking the version: a change committed meanwhile moves it, and the next question reads again.
        A answer = read.get();
        synchronized (answers) {
            answers.put(query, new Answer<>(now, answer));
        }
        return answer;
    }
}
