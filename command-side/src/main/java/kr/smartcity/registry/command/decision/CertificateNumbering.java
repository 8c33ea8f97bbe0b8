package kr.smartcity.registry.command.decision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.DecisionMessages.CertificateNumberAllocatedEvent;
import kr.smartcity.registry.command.api.ServiceField;

/**
 * 인증번호 대장 of one award year (id {@code certificate-numbers-<year>}). Each allocation is an event at the next
 * sequence of this aggregate's stream, so two decisions allocating at once both try to append the same event
 * sequence number: the event store's uniqueness on (aggregate id, sequence) lets one commit and rolls the other's
 * whole unit of work back (decision included). No number is ever handed out twice.
 */
public class CertificateNumbering {

    @AggregateIdentifier
    private String numberingId;
    private int year;
    private int lastSequence;
    private String lastNumber;

    protected CertificateNumbering() {
        // for event sourcing
    }

    /** The year's register, opened by its first allocation. */
    public CertificateNumbering(int year, ServiceField field) {
        this.year = year;
        numberingId = idFor(year);
        allocate(field);
    }

    public static String idFor(int year) {
        return "certificate-numbers-" + year;
    }

    /** The next number of the year for a service of {@code field}. */
    public String allocate(ServiceField field) {
        int sequence = lastSequence + 1;
        if (sequence > CertificateNumberFormat.MAX_SEQUENCE) {
            throw new CommandRefusedException(year + "년 인증번호가 모두 사용되었습니다. / The certificate numbers of "
                    + year + " are used up.");
        }
        String number = CertificateNumberFormat.format(year, field, sequence);
        apply(new CertificateNumberAllocatedEvent(numberingId, year, sequence, number));
        return number;
    }

    /** The number handed out last; what the opening allocation returns once its event is applied. */
    public String lastNumber() {
        return lastNumber;
    }

    @EventSourcingHandler
    void on(CertificateNumberAllocatedEvent event) {
        numberingId = event.numberingId();
        year = event.year();
        lastSequence = event.sequence();
        lastNumber = event.certificateNumber();
    }
}
