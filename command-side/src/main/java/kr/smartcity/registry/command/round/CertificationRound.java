package kr.smartcity.registry.command.round;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import kr.smartcity.registry.command.api.ApplicationMessages.SubmitApplicationCommand;
import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.Milestone;
import kr.smartcity.registry.command.api.RoundMessages.AnnounceRoundCommand;
import kr.smartcity.registry.command.api.RoundMessages.ChangeRoundScheduleCommand;
import kr.smartcity.registry.command.api.RoundMessages.RoundAnnouncedEvent;
import kr.smartcity.registry.command.api.RoundMessages.RoundScheduleChangedEvent;
import kr.smartcity.registry.command.api.RoundMessages.SubmissionWindowClosedEvent;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.application.Application;
import kr.smartcity.registry.command.scoring.IndicatorAllotments;

/** 공모: one call for applications, with its criteria version, eligible fields and window. */
public class CertificationRound {

    static final String WINDOW_CLOSES = "submission-window-closes";

    @AggregateIdentifier
    private String roundId;
    private String criteriaVersion;
    private Set<ServiceField> eligibleFields;
    private Instant opensAt;
    private Instant closesAt;
    private Map<Milestone, LocalDate> milestones;

    protected CertificationRound() {
        // for event sourcing
    }

    @CommandHandler
    public CertificationRound(AnnounceRoundCommand command, DeadlineManager deadlines) {
        if (command.eligibleFields() == null || command.eligibleFields().isEmpty()) {
            throw new CommandRefusedException("공모 분야를 하나 이상 지정해야 합니다. / A round must take at least one field.");
        }
        if (!command.submissionOpensAt().isBefore(command.submissionClosesAt())) {
            throw new CommandRefusedException("접수 시작은 마감보다 앞서야 합니다. / The window must open before it closes.");
        }
        IndicatorAllotments.criteria(command.criteriaVersion()); // refuses a version with no criteria file
        apply(new RoundAnnouncedEvent(command.roundId(), command.criteriaVersion(),
                Set.copyOf(command.eligibleFields()), command.submissionOpensAt(), command.submissionClosesAt(),
                merged(Map.of(), command.milestones())));
        deadlines.schedule(command.submissionClosesAt(), WINDOW_CLOSES);
    }

    /** 일정 변경: always with a reason; a new window close moves the closing deadline with it. */
    @CommandHandler
    void handle(ChangeRoundScheduleCommand command, Clock clock, DeadlineManager deadlines) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new CommandRefusedException("일정 변경에는 사유가 필요합니다. / A schedule change needs its reason.");
        }
        Instant newClose = command.submissionClosesAt() == null ? closesAt : command.submissionClosesAt();
        if (!newClose.equals(closesAt)) {
            if (clock.instant().isAfter(closesAt)) {
                throw new CommandRefusedException("접수가 마감된 뒤에는 접수 기간을 바꿀 수 없습니다. "
                        + "/ The submission window cannot change after it has closed.");
            }
            if (!opensAt.isBefore(newClose)) {
                throw new CommandRefusedException("접수 시작은 마감보다 앞서야 합니다. / The window must open before it closes.");
            }
            deadlines.cancelAllWithinScope(WINDOW_CLOSES);
            deadlines.schedule(newClose, WINDOW_CLOSES);
        }
        apply(new RoundScheduleChangedEvent(roundId, closesAt, newClose, merged(milestones, command.milestones()),
                command.reason(), clock.instant()));
    }

    private static Map<Milestone, LocalDate> merged(Map<Milestone, LocalDate> schedule,
                                                    Map<Milestone, LocalDate> changes) {
        Map<Milestone, LocalDate> merged = new EnumMap<>(Milestone.class);
        merged.putAll(schedule);
        if (changes != null) {
            merged.putAll(changes);
        }
        return merged;
    }

    /** The round checks its window and fields, then the application begins its own life under the round's criteria. */
    @CommandHandler
    public String handle(SubmitApplicationCommand command, Clock clock) throws Exception {
        Instant now = clock.instant();
        if (now.isBefore(opensAt)) {
            throw new CommandRefusedException("접수 기간 전입니다. / The submission window has not opened yet.");
        }
        if (now.isAfter(closesAt)) {
            throw new CommandRefusedException("접수가 마감되었습니다. / The submission window has closed.");
        }
        ServiceField field = command.form().field();
        if (!eligibleFields.contains(field)) {
            throw new CommandRefusedException("이번 공모의 대상 분야가 아닙니다: " + field.nameKo()
                    + " / This round does not take the field " + field + ".");
        }
        createNew(Application.class, () -> new Application(command.applicationId(), roundId, criteriaVersion, closesAt,
                command.form(), now));
        return command.applicationId();
    }

    @DeadlineHandler(deadlineName = WINDOW_CLOSES)
    void onWindowCloses() {
        apply(new SubmissionWindowClosedEvent(roundId, closesAt));
    }

    @EventSourcingHandler
    void on(RoundAnnouncedEvent event) {
        roundId = event.roundId();
        criteriaVersion = event.criteriaVersion();
        eligibleFields = event.eligibleFields();
        opensAt = event.submissionOpensAt();
        closesAt = event.submissionClosesAt();
        milestones = event.milestones() == null ? Map.of() : event.milestones();
    }

    @EventSourcingHandler
    void on(RoundScheduleChangedEvent event) {
        closesAt = event.submissionClosesAt();
        milestones = event.milestones();
    }
}
