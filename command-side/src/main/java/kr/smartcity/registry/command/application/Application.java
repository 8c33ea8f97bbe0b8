package kr.smartcity.registry.command.application;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationSubmittedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.SubmitApplicationCommand;
import kr.smartcity.registry.command.api.CommandRefusedException;

/** 신청: one submitted service in a round, from submission to decision. */
public class Application {

    @AggregateIdentifier
    private String applicationId;

    protected Application() {
        // for event sourcing
    }

    /** Created by the round once it has accepted the submission into its window. */
    public Application(SubmitApplicationCommand command, Instant submittedAt) {
        if (!BusinessRegistrationNumber.isValid(command.representative().businessRegistrationNumber())) {
            throw new CommandRefusedException("사업자등록번호가 올바르지 않습니다(검증번호 불일치). "
                    + "/ The business registration number fails its check digit.");
        }
        apply(new ApplicationSubmittedEvent(command.applicationId(), command.roundId(), command.representative(),
                command.serviceNameKo(), command.serviceNameEn(), command.field(), command.level(),
                command.region(), submittedAt));
    }

    @EventSourcingHandler
    void on(ApplicationSubmittedEvent event) {
        applicationId = event.applicationId();
    }
}
