package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in page session without a browser, as a form sends it: a session cookie and the CSRF token of the session
 * (read from a page's form), so a test can post any page form as any demo account.
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final RegistryClient api;
    private String csrf;

    private PageSession(RegistryClient api) {
        this.api = api;
    }

    /** A session of nobody: it can read the sign-in form and post it. */
    static PageSession anonymous(RegistryClient api) {
        PageSession session = new PageSession(api);
        session.csrf = session.token("/login");
        return session;
    }

    /** Signs a demo account in through the sign-in form (password {@code demo}). */
    static PageSession signedIn(RegistryClient api, String account) {
        PageSession session = anonymous(api);
        RegistryClient.Response signIn = session.post("/login", Map.of("username", account, "password", "demo"));
        assertThat(signIn.status()).as("signing in %s", account).isEqualTo(302);
        session.csrf = session.token("/staff");
        return session;
    }

    RegistryClient.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(api.url(path))).GET());
    }

    /** Posts form fields with the session's CSRF token, as the page's own form would. */
    RegistryClient.Response post(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&", "_csrf=" + encode(csrf) + (fields.isEmpty() ? "" : "&"), ""));
        return send(HttpRequest.newBuilder(URI.create(api.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /**
     * Sends JSON to the API on the strength of the session cookie alone, as another site's page could make the
     * browser do; {@code withCsrfToken} adds the session's token in the header a script of this site would send.
     */
    RegistryClient.Response json(String method, String path, String body, boolean withCsrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.url(path)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (withCsrfToken) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request);
    }

    private String token(String page) {
        RegistryClient.Response response = get(page);
        Matcher token = CSRF.matcher(response.body());
        assertThat(token.find()).as("a CSRF token on %s (%s)", page, response.status()).isTrue();
        return token.group(1);
    }

    private RegistryClient.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new RegistryClient.Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
