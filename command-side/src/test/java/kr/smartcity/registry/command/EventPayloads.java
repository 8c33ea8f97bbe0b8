package kr.smartcity.registry.command;

import java.util.List;
import java.util.function.Predicate;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches the payloads of the events a fixture saw, for events too large to spell out in full. */
public final class EventPayloads {

    private EventPayloads() {
    }

    public static Matcher<List<EventMessage<?>>> matching(String description, Predicate<List<Object>> check) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                return check.test(events.stream().<Object>map(Message::getPayload).toList());
            }

            @Override
            public void describeTo(Description text) {
                text.appendText(description);
            }
        };
    }

    /** The single event of type {@code type} among {@code payloads}, if it satisfies {@code check}. */
    public static <T> boolean one(List<Object> payloads, Class<T> type, Predicate<T> check) {
        List<T> found = payloads.stream().filter(type::isInstance).map(type::cast).toList();
        return found.size() == 1 && check.test(found.get(0));
    }
}
