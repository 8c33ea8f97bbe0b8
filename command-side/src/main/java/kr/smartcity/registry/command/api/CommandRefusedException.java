package kr.smartcity.registry.command.api;

/**
 * A command that the rules do not allow in the current state. The message is meant for the
 * person who sent it (Korean first, English after a " / ").
 */
public class CommandRefusedException extends RuntimeException {

    public CommandRefusedException(String message) {
        super(message);
    }
}
