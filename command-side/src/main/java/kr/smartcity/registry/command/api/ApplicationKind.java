package kr.smartcity.registry.command.api;

/** A first application in a round (신규), or the re-review (재심사) of a certification, opened without a round. */
public enum ApplicationKind {
    NEW,
    RE_REVIEW
}
