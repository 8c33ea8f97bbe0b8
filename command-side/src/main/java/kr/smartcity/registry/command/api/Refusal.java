package kr.smartcity.registry.command.api;

/**
 * Why a command was not carried out, in a form that crosses the wire: a command bus that runs
 * handlers on another node (Axon Server) passes on only this, as the details of its exception.
 */
public record Refusal(Kind kind, String message) {

    public enum Kind {
        /** The rules do not allow it in the current state. */
        REFUSED,
        /** It names something that does not exist. */
        NOT_FOUND,
        /** It raced another change, or creates what already exists. */
        CONFLICT,
        /** The caller's role or relation to the case does not allow it (403). */
        FORBIDDEN
    }
}
