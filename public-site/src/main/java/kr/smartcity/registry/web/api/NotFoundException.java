package kr.smartcity.registry.web.api;

/** Something the request names does not exist; answered with 404 and this message. */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
