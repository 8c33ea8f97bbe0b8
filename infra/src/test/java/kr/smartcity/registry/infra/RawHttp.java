package kr.smartcity.registry.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** GETs with the request headers a test chooses, answered with the response headers: for caching and rate limits. */
final class RawHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final RegistryClient registry;

    RawHttp(RegistryClient registry) {
        this.registry = registry;
    }

    /** {@code headers} are name, value, name, value, … */
    Answer get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(registry.url(path))).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The Authorization header value of a demo account (password {@code demo}). */
    static String basic(String account) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    record Answer(int status, HttpHeaders headers, String body) {

        /** The header's value, or null when it was not sent. */
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
