package kr.smartcity.registry.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Requests with an account's own password (RegistryClient signs in with the demo password only). */
final class SignIns {

    private final HttpClient http = HttpClient.newHttpClient();
    private final RegistryClient registry;

    SignIns(RegistryClient registry) {
        this.registry = registry;
    }

    /** A GET with HTTP Basic. */
    RawHttp.Answer basic(String path, String account, String password) {
        String credentials = Base64.getEncoder().encodeToString((account + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(registry.url(path)))
                .header("Authorization", "Basic " + credentials).GET());
    }

    /** A form POST (application/x-www-form-urlencoded) with the given headers, which are name, value, …. */
    RawHttp.Answer form(String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(registry.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private RawHttp.Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new RawHttp.Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
