package kr.smartcity.registry.web.pages;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.RegistryQueries.Verification;
import kr.smartcity.registry.query.api.RegistryQueries.VerifyCertificateQuery;

/**
 * 진위확인: is a certificate number genuine and in force today? The form asks for a number ({@code /verify?number=}),
 * a certificate's QR code opens {@code /verify/{number}}; an unknown number is answered as such, with 404.
 */
@Controller
class VerifyPage {

    private final QueryGateway queries;
    private final Clock clock;

    VerifyPage(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/verify")
    String form(@RequestParam(required = false) String number, Model model, HttpServletResponse response) {
        if (number == null) {
            return "verify";
        }
        if (number.isBlank()) {
            model.addAttribute("blankNumber", true);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "verify";
        }
        return verify(number, model, response);
    }

    @GetMapping("/verify/{number}")
    String verify(@PathVariable String number, Model model, HttpServletResponse response) {
        String asked = number.strip().toUpperCase(Locale.ROOT);
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(Seoul.ZONE));
        Optional<Verification> verification = queries.query(new VerifyCertificateQuery(asked),
                ResponseTypes.optionalInstanceOf(Verification.class)).join();
        model.addAttribute("number", asked);
        model.addAttribute("checkedAt", now);
        verification.ifPresent(found -> model.addAttribute("verification", found));
        model.addAttribute("verdict", verification.map(found -> Verdict.of(found, now.toLocalDate()))
                .orElse(Verdict.UNKNOWN));
        if (verification.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        return "verify";
    }
}
