package kr.smartcity.registry.web.api;

/** The body of every API error: a stable code and a message for the person who sent the request. */
public record ApiError(String error, String message) {
}
