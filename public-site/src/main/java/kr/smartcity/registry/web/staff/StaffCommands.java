package kr.smartcity.registry.web.staff;

import java.util.Locale;
import java.util.Optional;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.Refusal;

/**
 * Sends a staff page's command and turns a refusal into a sentence for the form, in the page's language: the rules'
 * messages are Korean first and English after {@code " / "}. Anything else that fails is not the user's mistake
 * and goes on to the error page.
 */
@Component
public class StaffCommands {

    private static final String CONFLICT = "이미 존재하거나 동시에 변경되었습니다. / It already exists or was changed at the same time.";

    private final CommandGateway commands;

    StaffCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /** What came of a command: its result, or why it was refused. */
    public record Sent<R>(R result, String refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    public <R> Sent<R> send(Object command) {
        try {
            return new Sent<>(commands.sendAndWait(command), null);
        } catch (HandlerExecutionException e) {
            Optional<Refusal> refusal = e.getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast);
            return new Sent<>(null, inPageLanguage(refusal.orElseThrow(() -> e).message()));
        } catch (ConcurrencyException | AggregateStreamCreationException e) {
            return new Sent<>(null, inPageLanguage(CONFLICT));
        }
    }

    /** The Korean or the English half of a bilingual message; a message with one language stays whole. */
    static String inPageLanguage(String message) {
        int split = message.indexOf(" / ");
        if (split < 0) {
            return message;
        }
        boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
        return english ? message.substring(split + 3) : message.substring(0, split);
    }
}
