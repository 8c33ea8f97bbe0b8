package kr.smartcity.registry.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** The body of every API error: a stable code and a message for the person who sent the request. */
public record ApiError(String error, String message) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Writes this error as the whole answer: for filters, which answer before any controller or error handler. */
    public void writeTo(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getWriter(), this);
    }
}
