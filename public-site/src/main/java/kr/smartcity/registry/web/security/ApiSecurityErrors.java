package kr.smartcity.registry.web.security;

import java.io.IOException;

import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletResponse;
import kr.smartcity.registry.web.api.ApiError;

/** 401 and 403 on the API in the API's error shape, {"error","message"}, not an HTML page. */
final class ApiSecurityErrors {

    private ApiSecurityErrors() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                "로그인이 필요합니다. / Authentication is required.");
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden",
                "이 작업을 할 권한이 없습니다. / You may not do this.");
    }

    static void write(HttpServletResponse response, int status, String error, String message)
            throws IOException {
        new ApiError(error, message).writeTo(response, status);
    }
}
