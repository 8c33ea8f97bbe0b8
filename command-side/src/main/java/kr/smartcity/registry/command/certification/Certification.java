package kr.smartcity.registry.command.certification;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;

import kr.smartcity.registry.command.api.AuditMetadata;
import kr.smartcity.registry.command.api.CertificationMessages.CertificateReissuedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationActionProposedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationAwardedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationExpiredEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationReinstatedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRenewedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRevokedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationSuspendedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.DeclineProposedActionCommand;
import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.CertificationMessages.ImportCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.LogMonitoringCheckCommand;
import kr.smartcity.registry.command.api.CertificationMessages.MonitoringCheckLoggedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.OpenReReviewCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ProposeCertificationActionCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ProposedActionDeclinedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewFailedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewOpenedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.RecordReReviewFailureCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ReinstateCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ReissueCertificateCommand;
import kr.smartcity.registry.command.api.CertificationMessages.RenewCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.RevokeCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.SuspendCertificationCommand;
import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.ProposedAction;

/**
 * 인증: born at award (or imported with its original dates), monitored, suspended and reinstated,
 * re-reviewed and renewed, revoked, or expired. ACTIVE ⇄ SUSPENDED; ACTIVE → RE_REVIEW → ACTIVE;
 * any live state → REVOKED (final); live past its validity → EXPIRED.
 */
public class Certification {

    static final String RE_REVIEW_OPENS = "re-review-opens";
    static final String VALIDITY_ENDS = "validity-ends";
    private static final Set<CertificationStatus> LIVE =
            EnumSet.of(CertificationStatus.ACTIVE, CertificationStatus.SUSPENDED, CertificationStatus.RE_REVIEW);

    @AggregateIdentifier
    private String certificateNumber;
    private CertificationStatus status;
    private CertificationStatus suspendedFrom;
    private Validity validity;
    private boolean reReviewConcluded;
    private String successorNumber;
    private int documentVersion;
    /** The monitoring staff's proposal awaiting the ministry, if any (조치 제안). */
    private ProposedAction openProposal;

    protected Certification() {
        // for event sourcing
    }

    /** Awarded by the ministry's decision on an application (or on a re-review, with its predecessor). */
    public Certification(String certificateNumber, String applicationId, String roundId, CertifiedService service,
                         LocalDate awardedOn, String previousNumber, DeadlineManager deadlines, Clock clock) {
        Validity validity = Validity.twoYearsFrom(awardedOn);
        apply(new CertificationAwardedEvent(certificateNumber, applicationId, roundId, service, validity.from(),
                validity.until(), previousNumber, false))
                .andThen(() -> scheduleOrApplyDeadlines(deadlines, clock));
    }

    /** 기존 인증 이관: the same rules apply from here on, so one already past its validity expires now. */
    @CommandHandler
    public Certification(ImportCertificationCommand command, DeadlineManager deadlines, Clock clock) {
        if (command.validUntil().isBefore(command.validFrom())) {
            throw new CommandRefusedException("유효기간 종료일이 시작일보다 앞섭니다. / The validity ends before it starts.");
        }
        apply(new CertificationAwardedEvent(command.certificateNumber(), null, command.roundId(), command.service(),
                command.validFrom(), command.validUntil(), command.previousNumber(), true))
                .andThen(() -> scheduleOrApplyDeadlines(deadlines, clock));
    }

    /**
     * Deadlines already past (an imported certification) take effect at once instead of being
     * scheduled. Runs after the award event is applied: a constructor's events apply only then.
     */
    private void scheduleOrApplyDeadlines(DeadlineManager deadlines, Clock clock) {
        Instant now = clock.instant();
        if (!now.isBefore(validity.endsAt())) {
            expire();
            return;
        }
        if (!now.isBefore(validity.reReviewOpensAt())) {
            openReReviewByItself(now);
        } else {
            deadlines.schedule(validity.reReviewOpensAt(), RE_REVIEW_OPENS);
        }
        deadlines.schedule(validity.endsAt(), VALIDITY_ENDS);
    }

    @CommandHandler
    void handle(LogMonitoringCheckCommand command) {
        requireLive("모니터링 기록");
        apply(new MonitoringCheckLoggedEvent(certificateNumber, command.checkedOn(), command.scope(),
                command.requirementsMet(), command.findings(), List.copyOf(command.attachments())));
    }

    @CommandHandler
    void handle(SuspendCertificationCommand command, Clock clock) {
        requireReason(command.reason());
        if (status != CertificationStatus.ACTIVE && status != CertificationStatus.RE_REVIEW) {
            throw refused("효력정지", "only an active certification or one under re-review can be suspended");
        }
        apply(new CertificationSuspendedEvent(certificateNumber, command.reason(), clock.instant()));
    }

    @CommandHandler
    void handle(ReinstateCertificationCommand command, Clock clock) {
        requireReason(command.reason());
        if (status != CertificationStatus.SUSPENDED) {
            throw refused("효력정지 해제", "only a suspended certification can be reinstated");
        }
        apply(new CertificationReinstatedEvent(certificateNumber, command.reason(), clock.instant(), suspendedFrom));
    }

    @CommandHandler
    void handle(RevokeCertificationCommand command, Clock clock) {
        requireReason(command.reason());
        if (command.legalBasis() == null || command.legalBasis().isBlank()) {
            throw new CommandRefusedException("인증취소에는 법적 근거가 필요합니다. / Revocation needs its legal basis.");
        }
        if (status == CertificationStatus.REVOKED) {
            throw new CommandRefusedException("이미 취소된 인증입니다. 취소는 최종적입니다. / Already revoked; revocation is final.");
        }
        requireLive("인증취소");
        apply(new CertificationRevokedEvent(certificateNumber, command.reason(), command.legalBasis(), clock.instant()));
    }

    /**
     * 조치 제안: only an action the ministry could take now, and one proposal at a time. The ministry's suspension,
     * reinstatement or revocation (or an expiry) closes it, as does declining it.
     */
    @CommandHandler
    void handle(ProposeCertificationActionCommand command, @MetaDataValue(AuditMetadata.ACTOR) String proposer,
                Clock clock) {
        requireReason(command.reason());
        if (command.action() == null) {
            throw new CommandRefusedException("제안할 조치를 선택해야 합니다. / Choose the action to propose.");
        }
        if (openProposal != null) {
            throw new CommandRefusedException("이미 결정을 기다리는 제안(" + openProposal.nameKo() + ")이 있습니다. "
                    + "/ A proposal (" + openProposal + ") already awaits the ministry.");
        }
        boolean possible = switch (command.action()) {
            case SUSPENSION -> status == CertificationStatus.ACTIVE || status == CertificationStatus.RE_REVIEW;
            case REINSTATEMENT -> status == CertificationStatus.SUSPENDED;
            case REVOCATION -> LIVE.contains(status);
        };
        if (!possible) {
            throw refused(command.action().nameKo() + " 제안", command.action() + " cannot be proposed now");
        }
        apply(new CertificationActionProposedEvent(certificateNumber, command.action(), command.reason(), proposer,
                clock.instant()));
    }

    @CommandHandler
    void handle(DeclineProposedActionCommand command, Clock clock) {
        requireReason(command.reason());
        if (openProposal == null) {
            throw new CommandRefusedException("결정을 기다리는 제안이 없습니다. / No proposal awaits a decision.");
        }
        apply(new ProposedActionDeclinedEvent(certificateNumber, openProposal, command.reason(), clock.instant()));
    }

    @CommandHandler
    void handle(OpenReReviewCommand command, Clock clock) {
        requireReason(command.reason());
        if (status != CertificationStatus.ACTIVE) {
            throw refused("재심사 착수", "a re-review opens only on an active certification");
        }
        if (successorNumber != null) {
            throw new CommandRefusedException("이미 재인증되었습니다: " + successorNumber
                    + " / Already renewed by " + successorNumber + ".");
        }
        apply(new ReReviewOpenedEvent(certificateNumber, command.reason(), false, clock.instant()));
    }

    @CommandHandler
    void handle(RenewCertificationCommand command, Clock clock) {
        renewBy(command.successorNumber(), clock.instant());
    }

    @CommandHandler
    void handle(RecordReReviewFailureCommand command, Clock clock) {
        recordReReviewFailure(command.reason(), clock.instant());
    }

    /**
     * 재인증: the re-review passed and {@code successorNumber} continues this certification; also
     * called by the re-review's decision, in the same unit of work. Answers the successor's first day.
     */
    public LocalDate renewBy(String successorNumber, Instant at) {
        if (status != CertificationStatus.RE_REVIEW) {
            throw refused("재인증", "only a certification under re-review can be renewed");
        }
        apply(new CertificationRenewedEvent(certificateNumber, successorNumber, at));
        return validity.until().plusDays(1);
    }

    /** A re-review case may open for this certification: only while it is under re-review. */
    public void requireUnderReReview() {
        if (status != CertificationStatus.RE_REVIEW) {
            throw refused("재심사 신청", "a re-review case opens only for a certification under re-review");
        }
    }

    /** The re-review did not pass: the certification stays in force until its end, then lapses. */
    public void recordReReviewFailure(String reason, Instant at) {
        requireReason(reason);
        if (status != CertificationStatus.RE_REVIEW) {
            throw refused("재심사 결과 기록", "no re-review is open");
        }
        apply(new ReReviewFailedEvent(certificateNumber, reason, at));
    }

    @CommandHandler
    void handle(ReissueCertificateCommand command, Clock clock) {
        requireReason(command.reason());
        if (command.holderNames() == null || command.holderNames().isEmpty()) {
            throw new CommandRefusedException("인증서에는 보유기관이 하나 이상 있어야 합니다. / A certificate names at least one holder.");
        }
        requireLive("인증서 재발급");
        apply(new CertificateReissuedEvent(certificateNumber, documentVersion + 1, List.copyOf(command.holderNames()),
                command.reason(), clock.instant()));
    }

    /** Dated at the rule's moment, not at firing: a registry that was down still records the due date. */
    @DeadlineHandler(deadlineName = RE_REVIEW_OPENS)
    void onReReviewDate() {
        if (status == CertificationStatus.ACTIVE && successorNumber == null && !reReviewConcluded) {
            openReReviewByItself(validity.reReviewOpensAt());
        }
    }

    @DeadlineHandler(deadlineName = VALIDITY_ENDS)
    void onValidityEnd() {
        if (LIVE.contains(status)) {
            expire();
        }
    }

    private void openReReviewByItself(Instant now) {
        apply(new ReReviewOpenedEvent(certificateNumber, "유효기간 만료 3개월 전 자동 착수 / opened 3 months before the end",
                true, now));
    }

    private void expire() {
        apply(new CertificationExpiredEvent(certificateNumber, validity.until(), successorNumber));
    }

    private void requireLive(String action) {
        if (!LIVE.contains(status)) {
            throw refused(action, "the certification is " + status);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CommandRefusedException("사유를 입력해야 합니다. / A reason is required.");
        }
    }

    private CommandRefusedException refused(String actionKo, String why) {
        return new CommandRefusedException(actionKo + "을(를) 할 수 없는 상태입니다(현재 " + status.nameKo() + "). / Refused: "
                + why + ".");
    }

    @EventSourcingHandler
    void on(CertificationAwardedEvent event) {
        certificateNumber = event.certificateNumber();
        validity = new Validity(event.validFrom(), event.validUntil());
        status = CertificationStatus.ACTIVE;
        documentVersion = 1;
    }

    @EventSourcingHandler
    void on(CertificationSuspendedEvent event) {
        openProposal = null;
        suspendedFrom = status;
        status = CertificationStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(CertificationReinstatedEvent event) {
        openProposal = null;
        status = event.restoredStatus();
    }

    @EventSourcingHandler
    void on(CertificationRevokedEvent event) {
        openProposal = null;
        status = CertificationStatus.REVOKED;
    }

    @EventSourcingHandler
    void on(ReReviewOpenedEvent event) {
        status = CertificationStatus.RE_REVIEW;
    }

    @EventSourcingHandler
    void on(CertificationRenewedEvent event) {
        successorNumber = event.successorNumber();
        status = CertificationStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(ReReviewFailedEvent event) {
        reReviewConcluded = true;
        status = CertificationStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(CertificationExpiredEvent event) {
        openProposal = null;
        status = CertificationStatus.EXPIRED;
    }

    @EventSourcingHandler
    void on(CertificationActionProposedEvent event) {
        openProposal = event.action();
    }

    @EventSourcingHandler
    void on(ProposedActionDeclinedEvent event) {
        openProposal = null;
    }

    @EventSourcingHandler
    void on(CertificateReissuedEvent event) {
        documentVersion = event.documentVersion();
    }
}
