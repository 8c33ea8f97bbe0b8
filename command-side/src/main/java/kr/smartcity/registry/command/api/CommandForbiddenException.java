package kr.smartcity.registry.command.api;

/**
 * A command the sender may not give on this case, whatever its state: the case is not theirs (403 on the web). The
 * message is meant for the person who sent it (Korean first, English after a " / ").
 */
public class CommandForbiddenException extends CommandRefusedException {

    public CommandForbiddenException(String message) {
        super(message);
    }
}
