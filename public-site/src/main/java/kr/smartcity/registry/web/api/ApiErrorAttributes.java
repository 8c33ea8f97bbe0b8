package kr.smartcity.registry.web.api;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

import jakarta.servlet.RequestDispatcher;

/**
 * Errors that never reach {@link ApiErrorHandler} and end at Boot's /error instead (no handler for the path, a request
 * the firewall refused, a method the path does not take) get the API's body, {"error","message"}, under /api/.
 * Everything else keeps Boot's attributes, which the error page shows.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
        if (!(path instanceof String uri) || !uri.startsWith(request.getContextPath() + "/api/")) {
            return attributes;
        }
        ApiError error = forStatus(attributes.get("status") instanceof Integer status ? status : 500);
        return Map.of("error", error.error(), "message", error.message());
    }

    private static ApiError forStatus(int status) {
        return switch (status) {
            case 400 -> new ApiError("invalid", "요청 형식이 올바르지 않습니다. / The request is malformed.");
            case 404 -> new ApiError("not_found", "그런 주소가 없습니다. / There is nothing at this address.");
            case 405 -> new ApiError("method_not_allowed",
                    "이 주소는 이 메서드를 받지 않습니다. / This address does not take this method.");
            default -> status < 500
                    ? new ApiError("invalid", "요청을 처리할 수 없습니다. / The request cannot be handled.")
                    : new ApiError("internal", "처리 중 오류가 발생했습니다. / Something went wrong.");
        };
    }
}
