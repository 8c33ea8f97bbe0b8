package kr.smartcity.registry.web.staff.operator;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.Seoul;

/**
 * Instants as the operator's pages show and take them: Korean local time to the minute, in templates
 * {@code ${@operatorTime.text(instant)}}. Public because the templates call it.
 */
@Component("operatorTime")
public class OperatorTime {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Seoul.ZONE);

    public String text(Instant at) {
        return at == null ? "" : SHOWN.format(at);
    }
}
