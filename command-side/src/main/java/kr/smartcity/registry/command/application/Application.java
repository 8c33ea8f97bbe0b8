package kr.smartcity.registry.command.application;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;

import kr.smartcity.registry.command.api.Applicant;
import kr.smartcity.registry.command.api.ApplicationKind;
import kr.smartcity.registry.command.api.ApplicationMessages.AcceptApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationAcceptedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationExcludedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationForm;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationSubmittedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationWithdrawnEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ConstituentService;
import kr.smartcity.registry.command.api.ApplicationMessages.ExcludeApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.OpenReReviewApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.RequestSupplementCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.SubmitSupplementCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.SupplementLapsedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.SupplementRequestedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.SupplementSubmittedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.WithdrawApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationStatus;
import kr.smartcity.registry.command.api.AuditMetadata;
import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.CommandForbiddenException;
import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.DecisionMessages.ApplicationDecidedEvent;
import kr.smartcity.registry.command.api.DecisionMessages.DecideCertificationCommand;
import kr.smartcity.registry.command.api.DecisionMessages.ResultNoticeIssuedEvent;
import kr.smartcity.registry.command.api.DecisionOutcome;
import kr.smartcity.registry.command.api.EvaluationMessages.AreaResult;
import kr.smartcity.registry.command.api.EvaluationMessages.AssignEvaluatorsCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.ConcludeEvaluationCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.DocumentEvaluationStartedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluationConcludedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluatorsAssignedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorPreEvaluatedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorResolvedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.InspectionFinding;
import kr.smartcity.registry.command.api.EvaluationMessages.RecordPreEvaluationCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.RecordResolutionCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.RecordSiteInspectionCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.SiteInspectionRecordedEvent;
import kr.smartcity.registry.command.api.InspectionOutcome;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.certification.Certification;
import kr.smartcity.registry.command.criteria.rules.ScoringContext;
import kr.smartcity.registry.command.decision.CertificateNumbers;
import kr.smartcity.registry.command.decision.Predecessors;
import kr.smartcity.registry.command.scoring.IndicatorAllotments;
import kr.smartcity.registry.command.scoring.ScoreSheet;

/**
 * 신청: one submitted service (or the re-review of a certification), from submission to the ministry's decision.
 * <pre>
 * SUBMITTED ─(예비검토)─┬→ ACCEPTED
 *                     ├→ SUPPLEMENT_REQUESTED → SUPPLEMENTED | SUPPLEMENT_LAPSED → ACCEPTED (or EXCLUDED if unclear)
 *                     └→ EXCLUDED (장치/제품, R&D 시제품, 단순 시설물)
 * ACCEPTED → DOCUMENT_EVALUATION (사전평가, 평가위원회, 의결) → SITE_INSPECTION (평가 종료 → 현장실사)
 *          ⇄ back to DOCUMENT_EVALUATION on discrepancies → DECIDED (CERTIFIED | NOT_CERTIFIED)
 * any state before DECIDED → WITHDRAWN (by the applicant)
 * </pre>
 */
public class Application {

    static final String SUPPLEMENT_DEADLINE = "supplement-deadline";
    private static final Set<ApplicationStatus> CLOSED =
            EnumSet.of(ApplicationStatus.DECIDED, ApplicationStatus.WITHDRAWN, ApplicationStatus.EXCLUDED);

    @AggregateIdentifier
    private String applicationId;
    private String roundId;
    private String submittedBy;
    private ApplicationKind kind;
    private String reviewedCertificateNumber;
    private ApplicationStatus status;
    private Applicant representative;
    private List<Applicant> jointApplicants;
    private String serviceNameKo;
    private String serviceNameEn;
    private ServiceField field;
    private ServiceLevel level;
    private String region;
    private List<ConstituentService> constituents;
    private IndicatorAllotments allotments;
    private ScoringContext scoringContext;
    private Instant supplementDeadline;
    private DocumentEvaluation evaluation;
    private EvaluationConcludedEvent scorecard;
    private InspectionOutcome inspection;

    protected Application() {
        // for event sourcing
    }

    /** Created by the round once it has admitted the submission into its window, under the round's criteria. */
    public Application(String applicationId, String roundId, String criteriaVersion, Instant submissionClosesAt,
                       ApplicationForm form, Instant submittedAt) {
        begin(applicationId, roundId, ApplicationKind.NEW, null, criteriaVersion, submissionClosesAt, form,
                submittedAt);
    }

    /** 재심사: opened without a round window, evaluated the same way; its decision renews or fails the certificate. */
    @CommandHandler
    public Application(OpenReReviewApplicationCommand command, Clock clock, Predecessors predecessors) {
        if (command.certificateNumber() == null || command.certificateNumber().isBlank()) {
            throw new CommandRefusedException("재심사할 인증번호가 필요합니다. / A re-review names its certificate number.");
        }
        predecessors.requireUnderReReview(command.certificateNumber());
        begin(command.applicationId(), null, ApplicationKind.RE_REVIEW, command.certificateNumber(),
                command.criteriaVersion(), null, command.form(), clock.instant());
    }

    private void begin(String id, String round, ApplicationKind applicationKind, String certificateNumber,
                       String criteriaVersion, Instant closesAt, ApplicationForm form, Instant submittedAt) {
        ApplicationFormCheck.check(form, IndicatorAllotments.of(criteriaVersion, form.level(), form.field()));
        apply(new ApplicationSubmittedEvent(id, round, form.representative(), form.serviceNameKo(),
                form.serviceNameEn(), form.field(), form.level(), form.region(), submittedAt, applicationKind,
                certificateNumber, criteriaVersion, closesAt, form.jointApplicants(), form.description(),
                form.selfEvaluation(), form.evidence(), form.constituents()));
    }

    // ── 예비검토 (preliminary review) and 보완 (supplements) ──────────────────────────────────────────────

    @CommandHandler
    void handle(AcceptApplicationCommand command, Clock clock) {
        requireStatus("예비검토 통과", "accept", ApplicationStatus.SUBMITTED, ApplicationStatus.SUPPLEMENTED,
                ApplicationStatus.SUPPLEMENT_LAPSED);
        apply(new ApplicationAcceptedEvent(applicationId, status == ApplicationStatus.SUPPLEMENT_LAPSED,
                clock.instant()));
    }

    /** 보완 요청: only on a submission not yet reviewed; the deadline fires by itself. */
    @CommandHandler
    void handle(RequestSupplementCommand command, Clock clock, DeadlineManager deadlines) {
        requireStatus("보완 요청", "request a supplement", ApplicationStatus.SUBMITTED);
        if (command.items() == null || command.items().isEmpty()) {
            throw new CommandRefusedException("보완할 항목을 적어야 합니다. / Name what is to be supplemented.");
        }
        if (command.deadline() == null || !command.deadline().isAfter(clock.instant())) {
            throw new CommandRefusedException("보완 기한은 앞으로의 시점이어야 합니다. / The deadline must lie ahead.");
        }
        apply(new SupplementRequestedEvent(applicationId, List.copyOf(command.items()), command.deadline(),
                clock.instant()));
        deadlines.schedule(command.deadline(), SUPPLEMENT_DEADLINE);
    }

    @CommandHandler
    void handle(SubmitSupplementCommand command, Clock clock, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        requireSubmitter(actor);
        requireStatus("보완 제출", "supplement", ApplicationStatus.SUPPLEMENT_REQUESTED);
        Instant now = clock.instant();
        if (now.isAfter(supplementDeadline)) {
            throw new CommandRefusedException("보완 기한이 지났습니다. / The supplement deadline has passed.");
        }
        if (command.documents() == null || command.documents().isEmpty()) {
            throw new CommandRefusedException("보완 서류가 없습니다. / No documents supplied.");
        }
        command.documents().forEach(d -> d.indicatorCodes().forEach(allotments::enterable));
        apply(new SupplementSubmittedEvent(applicationId, List.copyOf(command.documents()), command.note(), now));
    }

    /** Dated at the deadline, not at firing (no Clock here): a registry that was down still records the due date. */
    @DeadlineHandler(deadlineName = SUPPLEMENT_DEADLINE)
    void onSupplementDeadline() {
        if (status == ApplicationStatus.SUPPLEMENT_REQUESTED) {
            apply(new SupplementLapsedEvent(applicationId, supplementDeadline));
        }
    }

    /**
     * 평가 제외: a service that is not a certification target, found at preliminary review; or, once a supplement
     * has lapsed, documents too unclear to evaluate (§4.3).
     */
    @CommandHandler
    void handle(ExcludeApplicationCommand command, Clock clock) {
        if (command.reason() == null || command.explanation() == null || command.explanation().isBlank()) {
            throw new CommandRefusedException("제외 사유와 설명이 필요합니다. / An exclusion needs its reason and explanation.");
        }
        if (command.reason().notATarget()) {
            requireStatus("평가 제외", "exclude", ApplicationStatus.SUBMITTED, ApplicationStatus.SUPPLEMENT_REQUESTED,
                    ApplicationStatus.SUPPLEMENTED, ApplicationStatus.SUPPLEMENT_LAPSED);
        } else {
            requireStatus("서류 불명확 제외", "exclude for unclear documents", ApplicationStatus.SUPPLEMENT_LAPSED);
        }
        apply(new ApplicationExcludedEvent(applicationId, command.reason(), command.explanation(), clock.instant()));
    }

    @CommandHandler
    void handle(WithdrawApplicationCommand command, Clock clock, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        requireSubmitter(actor);
        if (CLOSED.contains(status)) {
            throw refused("신청 철회", "withdraw");
        }
        apply(new ApplicationWithdrawnEvent(applicationId, command.reason(), clock.instant()));
    }

    // ── 1차 서면평가 (document evaluation) ─────────────────────────────────────────────────────────────

    /**
     * Without evidence facts the pre-evaluation suggests nothing and leaves every indicator to the committee; it
     * then only opens the evaluation, so once the evaluation is open it is refused as changing nothing.
     */
    @CommandHandler
    void handle(RecordPreEvaluationCommand command, Clock clock, FactsReader facts) {
        requireEvaluationOpen("사전평가", "pre-evaluate");
        if ((command.facts() == null || command.facts().isEmpty()) && status != ApplicationStatus.ACCEPTED) {
            throw new CommandRefusedException("사전평가할 증빙 사실이 없습니다. / No evidence facts to pre-evaluate.");
        }
        List<IndicatorPreEvaluatedEvent> suggestions =
                new PreEvaluator(allotments, scoringContext).evaluate(applicationId, command.facts(), facts);
        startEvaluationIfAccepted(clock);
        suggestions.forEach(event -> apply(event));
    }

    /** 평가위원회 구성: each evaluator gets a score sheet of their own. */
    @CommandHandler
    void handle(AssignEvaluatorsCommand command, Clock clock) throws Exception {
        requireEvaluationOpen("평가위원 배정", "assign evaluators");
        List<String> assigned = evaluation.newEvaluators(command.evaluators());
        startEvaluationIfAccepted(clock);
        apply(new EvaluatorsAssignedEvent(applicationId, assigned));
        for (String evaluator : assigned) {
            createNew(ScoreSheet.class, () -> new ScoreSheet(applicationId, evaluator,
                    allotments.criteria().id(), level, field));
        }
    }

    @CommandHandler
    void handle(RecordResolutionCommand command) {
        requireStatus("의결 기록", "record a resolution", ApplicationStatus.DOCUMENT_EVALUATION);
        apply(evaluation.resolve(applicationId, command));
    }

    @CommandHandler
    void handle(ConcludeEvaluationCommand command, Clock clock) {
        requireStatus("평가 종료", "conclude the evaluation", ApplicationStatus.DOCUMENT_EVALUATION);
        apply(new ScorecardConclusion(allotments.criteria(), level, field)
                .conclude(applicationId, evaluation.resolvedPoints(), constituents, command, clock.instant()));
    }

    // ── 2차 현장실사 (site inspection) and 인증여부 결정 (decision) ────────────────────────────────────────

    /** Discrepancies send the case back to resolution; the scorecard is then concluded again. */
    @CommandHandler
    void handle(RecordSiteInspectionCommand command) {
        requireStatus("현장실사 기록", "record a site inspection", ApplicationStatus.SITE_INSPECTION);
        if (command.inspectedOn() == null || command.inspectors() == null || command.inspectors().isEmpty()
                || command.findings() == null || command.findings().isEmpty()) {
            throw new CommandRefusedException("실사일, 실사자, 확인 내용이 필요합니다. / An inspection needs its date, "
                    + "inspectors and findings.");
        }
        boolean allConfirmed = command.findings().stream().allMatch(InspectionFinding::confirmed);
        apply(new SiteInspectionRecordedEvent(applicationId, command.inspectedOn(), List.copyOf(command.inspectors()),
                List.copyOf(command.findings()),
                allConfirmed ? InspectionOutcome.CONFIRMED : InspectionOutcome.DISCREPANCIES));
    }

    /**
     * 인증여부 결정 (ministry). Certifying takes a certificate number and creates the {@link Certification} in this
     * unit of work, so number, decision and certification commit together or not at all. A re-review's successor
     * starts the day after its predecessor's last valid day; sending {@code RenewCertificationCommand} (or
     * {@code RecordReReviewFailureCommand}) to the predecessor is left to an event handler on
     * {@link ApplicationDecidedEvent}.
     */
    @CommandHandler
    String handle(DecideCertificationCommand command, Clock clock, DeadlineManager deadlines,
                  CertificateNumbers numbers, Predecessors predecessors) throws Exception {
        requireStatus("인증여부 결정", "decide", ApplicationStatus.SITE_INSPECTION);
        Instant now = clock.instant();
        if (command.outcome() == DecisionOutcome.CERTIFIED) {
            return certify(now, deadlines, clock, numbers, predecessors);
        }
        List<String> reasons = Stream.concat(scorecard.reasons().stream(),
                command.reasons() == null ? Stream.empty() : command.reasons().stream()).toList();
        if (reasons.isEmpty()) {
            throw new CommandRefusedException("미인증에는 사유가 필요합니다. / Not certifying needs a reason.");
        }
        if (kind == ApplicationKind.RE_REVIEW) {
            predecessors.reReviewFailed(reviewedCertificateNumber, String.join("; ", reasons), now);
        }
        announce(DecisionOutcome.NOT_CERTIFIED, null, reasons, now);
        return null;
    }

    private String certify(Instant now, DeadlineManager deadlines, Clock clock, CertificateNumbers numbers,
                           Predecessors predecessors) throws Exception {
        AwardConditions.check(scorecard, inspection);
        LocalDate decidedOn = LocalDate.ofInstant(now, Seoul.ZONE);
        String number = numbers.allocate(decidedOn.getYear(), field);
        LocalDate awardedOn = kind == ApplicationKind.RE_REVIEW
                ? predecessors.renew(reviewedCertificateNumber, number, now) : decidedOn;
        announce(DecisionOutcome.CERTIFIED, number, List.of(), now);
        CertifiedService service = new CertifiedService(holderNames(), serviceNameKo, serviceNameEn, field, level,
                region, areaScores(), scorecard.total());
        createNew(Certification.class, () -> new Certification(number, applicationId, roundId, service, awardedOn,
                reviewedCertificateNumber, deadlines, clock));
        return number;
    }

    /** The decision and the applicant's result notice (공문 and website post). */
    private void announce(DecisionOutcome outcome, String number, List<String> reasons, Instant now) {
        apply(new ApplicationDecidedEvent(applicationId, kind, outcome, number, reviewedCertificateNumber, reasons,
                now));
        apply(new ResultNoticeIssuedEvent(applicationId, representative.organisationName(), serviceNameKo, outcome,
                number, areaScores(), scorecard.total(), reasons, now));
    }

    private List<String> holderNames() {
        List<String> names = new ArrayList<>();
        names.add(representative.organisationName());
        jointApplicants.forEach(joint -> names.add(joint.organisationName()));
        return List.copyOf(names);
    }

    private Map<String, BigDecimal> areaScores() {
        return scorecard.areas().stream().collect(Collectors.toUnmodifiableMap(AreaResult::areaCode,
                AreaResult::points));
    }

    // ── guards ────────────────────────────────────────────────────────────────────────────────────────

    private void requireEvaluationOpen(String actionKo, String actionEn) {
        requireStatus(actionKo, actionEn, ApplicationStatus.ACCEPTED, ApplicationStatus.DOCUMENT_EVALUATION);
    }

    private void startEvaluationIfAccepted(Clock clock) {
        if (status == ApplicationStatus.ACCEPTED) {
            apply(new DocumentEvaluationStartedEvent(applicationId, clock.instant()));
        }
    }

    private void requireStatus(String actionKo, String actionEn, ApplicationStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw refused(actionKo, actionEn);
        }
    }

    /**
     * Only the organisation that submitted a case answers for it (DESIGN.md §1: applicants act only on their own
     * cases). A command without an actor comes from inside the registry (web commands always carry one).
     */
    private void requireSubmitter(String actor) {
        if (actor != null && submittedBy != null && !submittedBy.equals(actor)) {
            throw new CommandForbiddenException("이 신청 건은 다른 신청인의 것입니다. / This application is another applicant's.");
        }
    }

    private CommandRefusedException refused(String actionKo, String actionEn) {
        return new CommandRefusedException(actionKo + "을(를) 할 수 없는 상태입니다(현재 " + status.nameKo()
                + "). / Refused: cannot " + actionEn + " while the application is " + status + ".");
    }

    // ── state ─────────────────────────────────────────────────────────────────────────────────────────

    /** The account that submitted the case: the applicant organisation's, whose case it is. */
    @EventSourcingHandler
    void on(ApplicationSubmittedEvent event, @MetaDataValue(AuditMetadata.ACTOR) String submitter) {
        submittedBy = submitter;
        applicationId = event.applicationId();
        roundId = event.roundId();
        kind = event.kind();
        reviewedCertificateNumber = event.reviewedCertificateNumber();
        status = ApplicationStatus.SUBMITTED;
        representative = event.representative();
        jointApplicants = event.jointApplicants();
        serviceNameKo = event.serviceNameKo();
        serviceNameEn = event.serviceNameEn();
        field = event.field();
        level = event.level();
        region = event.region();
        constituents = event.constituents();
        allotments = IndicatorAllotments.of(event.criteriaVersion(), level, field);
        LocalDate appliedOn = LocalDate.ofInstant(event.submittedAt(), Seoul.ZONE);
        scoringContext = new ScoringContext(appliedOn, event.submissionClosesAt() == null ? appliedOn
                : LocalDate.ofInstant(event.submissionClosesAt(), Seoul.ZONE));
        evaluation = new DocumentEvaluation(allotments);
    }

    @EventSourcingHandler
    void on(ApplicationAcceptedEvent event) {
        status = ApplicationStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(SupplementRequestedEvent event) {
        status = ApplicationStatus.SUPPLEMENT_REQUESTED;
        supplementDeadline = event.deadline();
    }

    @EventSourcingHandler
    void on(SupplementSubmittedEvent event) {
        status = ApplicationStatus.SUPPLEMENTED;
    }

    @EventSourcingHandler
    void on(SupplementLapsedEvent event) {
        status = ApplicationStatus.SUPPLEMENT_LAPSED;
    }

    @EventSourcingHandler
    void on(ApplicationExcludedEvent event) {
        status = ApplicationStatus.EXCLUDED;
    }

    @EventSourcingHandler
    void on(ApplicationWithdrawnEvent event) {
        status = ApplicationStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(DocumentEvaluationStartedEvent event) {
        status = ApplicationStatus.DOCUMENT_EVALUATION;
    }

    @EventSourcingHandler
    void on(IndicatorPreEvaluatedEvent event) {
        evaluation.onPreEvaluated(event);
    }

    @EventSourcingHandler
    void on(EvaluatorsAssignedEvent event) {
        evaluation.onAssigned(event.evaluators());
    }

    @EventSourcingHandler
    void on(IndicatorResolvedEvent event) {
        evaluation.onResolved(event);
    }

    @EventSourcingHandler
    void on(EvaluationConcludedEvent event) {
        scorecard = event;
        inspection = null;
        status = ApplicationStatus.SITE_INSPECTION;
    }

    @EventSourcingHandler
    void on(SiteInspectionRecordedEvent event) {
        inspection = event.outcome();
        if (inspection == InspectionOutcome.DISCREPANCIES) {
            scorecard = null;
            status = ApplicationStatus.DOCUMENT_EVALUATION;
        }
    }

    @EventSourcingHandler
    void on(ApplicationDecidedEvent event) {
        status = ApplicationStatus.DECIDED;
    }
}
