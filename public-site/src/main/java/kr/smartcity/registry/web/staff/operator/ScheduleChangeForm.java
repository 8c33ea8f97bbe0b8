package kr.smartcity.registry.web.staff.operator;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import org.springframework.util.MultiValueMap;

import kr.smartcity.registry.command.api.RoundMessages.ChangeRoundScheduleCommand;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.RoundQueries.RoundSummary;

/**
 * 일정 변경 as typed: a new close of the window (left empty to keep it), the milestones, and the reason. Public
 * because the template reads it.
 */
public record ScheduleChangeForm(String submissionClosesAt, Map<String, String> milestones, String reason) {

    /** The round's schedule as it stands, the window's close left to keep. */
    static ScheduleChangeForm of(RoundSummary round) {
        return new ScheduleChangeForm("", MilestoneDates.of(round.milestones()), "");
    }

    static ScheduleChangeForm from(MultiValueMap<String, String> params) {
        return new ScheduleChangeForm(params.getFirst("submissionClosesAt"), MilestoneDates.entered(params),
                params.getFirst("reason"));
    }

    Optional<ChangeRoundScheduleCommand> command(String roundId, FormErrors errors) {
        Optional<LocalDateTime> closes = FormInput.dateTime("submissionClosesAt", submissionClosesAt, false, errors);
        var dates = MilestoneDates.read(milestones, errors);
        String why = FormInput.text("reason", reason, 500, errors);
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new ChangeRoundScheduleCommand(roundId,
                closes.map(close -> close.atZone(Seoul.ZONE).toInstant()).orElse(null), dates, why));
    }
}
