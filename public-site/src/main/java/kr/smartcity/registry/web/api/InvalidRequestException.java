package kr.smartcity.registry.web.api;

/** A request the API cannot act on as sent; answered with 400 and this message. */
class InvalidRequestException extends RuntimeException {

    InvalidRequestException(String message) {
        super(message);
    }
}
