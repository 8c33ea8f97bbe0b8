package kr.smartcity.registry.web.staff.applicant;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kr.smartcity.registry.command.api.ApplicationStatus;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.RoundQueries.RoundSummary;

/**
 * What the applicant must watch next on a case: the supplement deadline while a supplement is asked for, otherwise
 * the round's next milestone (서면평가, 현장실사, 인증부여); nothing once the case has ended. {@code labelKey} is a key of
 * the applicant bundle, {@code when} Korean time. Public because the templates read it.
 */
public record NextDeadline(String labelKey, String when) {

    private static final Set<ApplicationStatus> ENDED =
            EnumSet.of(ApplicationStatus.DECIDED, ApplicationStatus.WITHDRAWN, ApplicationStatus.EXCLUDED);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static Optional<NextDeadline> of(ApplicationSummary application, Optional<RoundSummary> round, LocalDate today) {
        if (ENDED.contains(application.state())) {
            return Optional.empty();
        }
        if (application.state() == ApplicationStatus.SUPPLEMENT_REQUESTED && application.supplementDeadline() != null) {
            return Optional.of(new NextDeadline("applicant.deadline.supplement",
                    LocalDateTime.ofInstant(application.supplementDeadline(), Seoul.ZONE).format(MINUTE)));
        }
        return round.flatMap(r -> r.milestones().entrySet().stream()
                .filter(milestone -> !milestone.getValue().isBefore(today))
                .min(Comparator.comparing(Map.Entry::getValue))
                .map(milestone -> new NextDeadline("applicant.milestone." + milestone.getKey().name(),
                        milestone.getValue().toString())));
    }
}
