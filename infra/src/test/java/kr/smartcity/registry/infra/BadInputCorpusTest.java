package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kr.smartcity.registry.command.api.Role;

/**
 * Bad input changes nothing and never breaks the registry (issue "Staff workspace and security", Bad input): every
 * write endpoint — API and page forms, read from Spring MVC — gets a corpus of wrong types, huge bodies, script and
 * injection strings, MongoDB operators ({@code {"$gt":""}}) and illegal state transitions, sent by a role that may
 * call it. No answer is a 5xx or shows a stack trace, and the event store does not grow.
 * <p>
 * The cases addressed are ones whose state refuses every change (a withdrawn application, a revoked certificate, the
 * closed 2023 round), so that even a body that happens to be well-formed is an illegal transition.
 */
class BadInputCorpusTest {

    private static final String HUGE = "가".repeat(200_000);

    /** Put in place of every field at once. */
    private static final List<String> FIELD_VALUES = List.of("{\"$gt\":\"\"}", "{\"$where\":\"sleep(5000)\"}",
            "\"<script>alert(1)</script>\"", "\"' OR '1'='1'; DROP TABLE DomainEventEntry; --\"",
            "\"${jndi:ldap://example.invalid/a}\"", "-1", "1e400", "99999999999999999999999999", "[]", "true", "null",
            "\"\"", "\"" + HUGE + "\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");

    /** Sent as the whole body. */
    private static final List<String> BODIES = List.of("", "null", "[]", "\"text\"", "42", "{", "<a>xml</a>",
            "{\"$gt\":\"\"}", "{\"unknown\":1}", "{\"data\":\"" + HUGE.repeat(10) + "\"}");

    /** Put in place of each path variable. */
    private static final List<String> PATH_VALUES = List.of("{\"$gt\":\"\"}", "<script>alert(1)</script>",
            "..%2F..%2Fadmin", "' OR 1=1 --", "x".repeat(5_000), "%00");

    private static final List<String> FORM_VALUES = List.of("{\"$gt\":\"\"}", "<script>alert(1)</script>",
            "' OR '1'='1", "-1", "1e400", "abc", "2024-13-45", "", HUGE);

    private static StaffPages pages;
    private static RegistryClient api;
    private static Map<String, String> refusingTargets;
    private static final Map<String, PageSession> SESSIONS = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        pages = StaffPages.shared();
        api = pages.api();
        refusingTargets = Map.of("id", pages.applicationIn("WITHDRAWN"), "roundId", "2023", "number", "SCS-2025-EE-0002",
                "indicatorCode", "1.1.1.1", "name", "no-such-projection", "version", "2023", "group", "staff");
    }

    @Test
    void noBadInputBreaksTheRegistryOrChangesAnything() {
        List<String> failures = new ArrayList<>();
        for (Endpoints.Endpoint endpoint : Endpoints.of(pages.registry())) {
            if (!endpoint.writes() || takesNoInput(endpoint)) {
                continue;
            }
            String account = AccessPolicy.demoAccount(AccessPolicy.allowed(endpoint).stream().findFirst()
                    .orElse(Role.ADMIN));
            long events = pages.storedEvents();
            for (Attempt attempt : attempts(endpoint)) {
                RegistryClient.Response response;
                try {
                    response = attempt.send(account);
                } catch (IllegalStateException brokenConnection) {
                    failures.add(endpoint.key() + " with " + attempt.what() + " → " + brokenConnection.getMessage());
                    continue;
                }
                if (response.status() >= 500 || response.body().contains("Exception")
                        || response.body().contains("\tat ")) {
                    failures.add(endpoint.key() + " with " + attempt.what() + " → " + response.status());
                }
            }
            if (pages.storedEvents() != events) {
                failures.add(endpoint.key() + " stored " + pages.eventsAfter(events));
            }
        }
        assertThat(failures).as("bad input that broke something or changed something").isEmpty();
    }

    /** One bad request: what it is, and how to send it. */
    private record Attempt(String what, java.util.function.Function<String, RegistryClient.Response> sender) {

        RegistryClient.Response send(String account) {
            return sender.apply(account);
        }
    }

    private static List<Attempt> attempts(Endpoints.Endpoint endpoint) {
        List<Attempt> attempts = new ArrayList<>();
        String path = endpoint.path(refusingTargets);
        List<String> fields = fields(endpoint);
        if (endpoint.page()) {
            for (String value : FORM_VALUES) {
                Map<String, String> form = new LinkedHashMap<>();
                fields.forEach(field -> form.put(field, value));
                attempts.add(new Attempt("every field = " + abbreviated(value),
                        account -> session(account).post(path, form)));
            }
        } else {
            for (String value : FIELD_VALUES) {
                String body = fields.stream().map(field -> "\"" + field + "\":" + value)
                        .collect(Collectors.joining(",", "{", "}"));
                attempts.add(new Attempt("every field = " + abbreviated(value),
                        account -> api.send(endpoint.method(), path, account, "application/json", body)));
            }
            for (String body : BODIES) {
                attempts.add(new Attempt("body " + abbreviated(body),
                        account -> api.send(endpoint.method(), path, account, "application/json", body)));
            }
            attempts.add(new Attempt("text/plain", account -> api.send(endpoint.method(), path, account, "text/plain",
                    "points=1")));
        }
        for (String variable : variables(endpoint)) {
            for (String value : PATH_VALUES) {
                Map<String, String> values = new LinkedHashMap<>(refusingTargets);
                values.put(variable, value.contains("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8));
                String badPath = endpoint.path(values);
                attempts.add(new Attempt("{" + variable + "} = " + abbreviated(value), account -> endpoint.page()
                        ? session(account).post(badPath, Map.of())
                        : api.send(endpoint.method(), badPath, account, "application/json", "{}")));
            }
        }
        return attempts;
    }

    /** One signed-in page session per account for the whole corpus. */
    private static PageSession session(String account) {
        return SESSIONS.computeIfAbsent(account, signingIn -> PageSession.signedIn(api, signingIn));
    }

    /** The names a request carries: a body record's components, or a form's, or its request parameters. */
    private static List<String> fields(Endpoints.Endpoint endpoint) {
        List<String> names = new ArrayList<>();
        for (Parameter parameter : endpoint.handler().getMethod().getParameters()) {
            Class<?> type = parameter.getType();
            if (type.isRecord()) {
                Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
            } else if (parameter.isAnnotationPresent(RequestParam.class)) {
                RequestParam param = parameter.getAnnotation(RequestParam.class);
                names.add(param.name().isEmpty() ? param.value().isEmpty() ? parameter.getName() : param.value()
                        : param.name());
            }
        }
        return names;
    }

    private static List<String> variables(Endpoints.Endpoint endpoint) {
        return Arrays.stream(endpoint.handler().getMethod().getParameters())
                .filter(parameter -> parameter.isAnnotationPresent(PathVariable.class))
                .map(parameter -> {
                    PathVariable variable = parameter.getAnnotation(PathVariable.class);
                    return variable.value().isEmpty() ? variable.name().isEmpty() ? parameter.getName()
                            : variable.name() : variable.value();
                })
                .toList();
    }

    /** Starting a read-model rebuild takes nothing a caller could get wrong: not a place for bad input. */
    private static boolean takesNoInput(Endpoints.Endpoint endpoint) {
        return fields(endpoint).isEmpty() && variables(endpoint).isEmpty()
                && endpoint.handler().getMethod().getParameterCount() == 0;
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
    }
}
