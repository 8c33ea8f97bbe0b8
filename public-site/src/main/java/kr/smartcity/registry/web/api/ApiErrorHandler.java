package kr.smartcity.registry.web.api;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import kr.smartcity.registry.command.api.Refusal;

/** Turns what went wrong into 400/404/409 (503 when the store cannot be written) with a message; never a stack trace. */
@RestControllerAdvice(basePackageClasses = ApiErrorHandler.class)
class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    /** What a command or query handler refused, with its reason: see {@link Refusal}. */
    @ExceptionHandler(HandlerExecutionException.class)
    ResponseEntity<ApiError> refused(HandlerExecutionException e) {
        return refusal(e.getDetails(), e);
    }

    /** A query handler's refusal (403 for what the caller may not see) arrives wrapped by the gateway's future. */
    @ExceptionHandler(CompletionException.class)
    ResponseEntity<ApiError> queryFailed(CompletionException e) {
        Optional<Object> details = e.getCause() instanceof HandlerExecutionException handler
                ? handler.getDetails() : Optional.empty();
        return refusal(details, e);
    }

    private static ResponseEntity<ApiError> refusal(Optional<?> details, Exception e) {
        if (details.isPresent() && details.get() instanceof Refusal refusal) {
            HttpStatus status = switch (refusal.kind()) {
                case REFUSED, CONFLICT -> HttpStatus.CONFLICT;
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case FORBIDDEN -> HttpStatus.FORBIDDEN;
            };
            return error(status, refusal.kind().name().toLowerCase(Locale.ROOT), refusal.message());
        }
        if (StorageFailure.isIn(e)) {
            return storeUnavailable(e);
        }
        log.error("Request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "처리 중 오류가 발생했습니다. / Something went wrong.");
    }

    /** A store that cannot be written (disk full, file size limit, closed after a failed write): nothing was kept. */
    @ExceptionHandler({SQLException.class, JdbcException.class, DataAccessException.class,
            TransactionException.class})
    ResponseEntity<ApiError> storeFailed(Exception e) {
        return StorageFailure.isIn(e) ? storeUnavailable(e) : refusal(Optional.empty(), e);
    }

    private static ResponseEntity<ApiError> storeUnavailable(Exception e) {
        log.error("The store cannot be written: the request was refused, nothing recorded", e);
        return error(HttpStatus.SERVICE_UNAVAILABLE, "store_unavailable",
                "저장소에 기록할 수 없어 처리하지 않았습니다. 관리자에게 알려 주십시오. "
                        + "/ The store cannot be written: nothing was recorded. Tell the administrator.");
    }

    /** Two commands created the same aggregate, or raced on one: the later one is refused. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<ApiError> conflict(Exception e) {
        return error(HttpStatus.CONFLICT, "conflict",
                "이미 존재하거나 동시에 변경되었습니다. / It already exists or was changed at the same time.");
    }

    /** A body that fails validation, or query parameters that do not convert (whose default message names types). */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        String message = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + (f.isBindingFailure()
                        ? "형식이 올바르지 않습니다 / malformed value" : f.getDefaultMessage()))
                .reduce((a, b) -> a + "; " + b)
                .orElse("입력값이 올바르지 않습니다. / Invalid input.");
        return error(HttpStatus.BAD_REQUEST, "invalid", message);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ApiError> invalid(InvalidRequestException e) {
        return error(HttpStatus.BAD_REQUEST, "invalid", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(Exception e) {
        return error(HttpStatus.BAD_REQUEST, "invalid",
                "요청 형식이 올바르지 않습니다. / The request is malformed.");
    }

    /** A parameter that does not convert ({@code year=abc}, {@code level=L9}): named, with the codes it takes. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String codes = type != null && type.isEnum() ? Arrays.stream(type.getEnumConstants())
                .map(String::valueOf).collect(Collectors.joining(", ", " (", ")")) : "";
        return error(HttpStatus.BAD_REQUEST, "invalid",
                e.getName() + ": 올바른 값이 아닙니다" + codes + " / not a valid value" + codes);
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(new ApiError(code, message));
    }
}
