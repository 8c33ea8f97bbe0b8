package kr.smartcity.registry.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An HTTP client of a running registry, signing in as a demo account (password {@code demo}). */
final class RegistryClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String password;

    RegistryClient(int port) {
        this(URI.create("http://localhost:" + port), "demo");
    }

    private RegistryClient(URI base, String password) {
        this.base = base;
        this.password = password;
    }

    /** The same registry, signing accounts in with another password than the demo accounts' {@code demo}. */
    RegistryClient signingInWith(String otherPassword) {
        return new RegistryClient(base, otherPassword);
    }

    String url(String path) {
        return base.resolve(path).toString();
    }

    Response get(String path, String account) {
        return send(request(path, account).GET());
    }

    Response post(String path, String account, String json) {
        return send(request(path, account).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response put(String path, String account, String json) {
        return send(request(path, account).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any request: a method, a body as given (or none), of a content type; {@code account} signs in with HTTP Basic. */
    Response send(String method, String path, String account, String contentType, String body) {
        HttpRequest.Builder request = request(path, account)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(contentType == null ? request : request.header("Content-Type", contentType));
    }

    /** A download: the body as sent, byte for byte, its content type and its other headers. */
    Download download(String path, String account) {
        try {
            HttpResponse<byte[]> response = http.send(request(path, account).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens a server-sent event stream and hands over its lines as they arrive; the caller closes the stream. */
    Stream<String> stream(String path, String account) {
        try {
            HttpResponse<Stream<String>> response = http.send(request(path, account).GET().build(),
                    HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String account) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        if (account != null) {
            String basic = Base64.getEncoder().encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + basic);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Download(int status, String contentType, byte[] body, HttpHeaders headers) {

        String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    record Response(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }
    }
}
