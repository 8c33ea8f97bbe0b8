package kr.smartcity.registry.query.audit;

import static kr.smartcity.registry.query.audit.AuditFacts.NONE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationAcceptedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationExcludedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationSubmittedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationWithdrawnEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.SupplementLapsedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.SupplementRequestedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.SupplementSubmittedEvent;
import kr.smartcity.registry.command.api.ApplicationStatus;
import kr.smartcity.registry.command.api.CertificationMessages.CertificateReissuedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationActionProposedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationAwardedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationExpiredEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationReinstatedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRenewedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRevokedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationSuspendedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.MonitoringCheckLoggedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ProposedActionDeclinedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewFailedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewOpenedEvent;
import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.DecisionMessages.ApplicationDecidedEvent;
import kr.smartcity.registry.command.api.DecisionMessages.CertificateNumberAllocatedEvent;
import kr.smartcity.registry.command.api.DecisionMessages.ResultNoticeIssuedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.DocumentEvaluationStartedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluationConcludedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluatorsAssignedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorPreEvaluatedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorResolvedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.SiteInspectionRecordedEvent;
import kr.smartcity.registry.command.api.RoundMessages.RoundAnnouncedEvent;
import kr.smartcity.registry.command.api.RoundMessages.RoundScheduleChangedEvent;
import kr.smartcity.registry.command.api.RoundMessages.SubmissionWindowClosedEvent;
import kr.smartcity.registry.command.api.ScoringMessages.IndicatorScoreChangedEvent;
import kr.smartcity.registry.command.api.ScoringMessages.IndicatorScoredEvent;
import kr.smartcity.registry.command.api.ScoringMessages.ScoreSheetOpenedEvent;
import kr.smartcity.registry.command.api.ScoringMessages.ScoreSheetSubmittedEvent;

/**
 * What the audit trail reads from each event of {@code command.api}, one line per event type. A score sheet's
 * events name their application, so a case's trail includes every evaluator's scores. An event type not listed
 * here is still recorded, with who and when only.
 */
final class AuditedEvents {

    private static final Map<Class<?>, Function<Object, AuditFacts>> READERS = new HashMap<>();

    static {
        read(RoundAnnouncedEvent.class, e -> NONE.round(e.roundId()).became(e.criteriaVersion()));
        read(RoundScheduleChangedEvent.class, e -> NONE.round(e.roundId())
                .changed(e.previousSubmissionClosesAt(), e.submissionClosesAt()).because(e.reason()));
        read(SubmissionWindowClosedEvent.class, e -> NONE.round(e.roundId()).became("CLOSED"));

        read(ApplicationSubmittedEvent.class, e -> NONE.application(e.applicationId()).round(e.roundId())
                .certificate(e.reviewedCertificateNumber()).became(ApplicationStatus.SUBMITTED));
        read(ApplicationAcceptedEvent.class, e -> NONE.application(e.applicationId())
                .became(ApplicationStatus.ACCEPTED));
        read(SupplementRequestedEvent.class, e -> NONE.application(e.applicationId())
                .became(ApplicationStatus.SUPPLEMENT_REQUESTED).because(joined(e.items())));
        read(SupplementSubmittedEvent.class, e -> NONE.application(e.applicationId())
                .became(ApplicationStatus.SUPPLEMENTED).because(e.note()));
        read(SupplementLapsedEvent.class, e -> NONE.application(e.applicationId())
                .became(ApplicationStatus.SUPPLEMENT_LAPSED));
        read(ApplicationExcludedEvent.class, e -> NONE.application(e.applicationId())
                .became(ApplicationStatus.EXCLUDED).because(e.reason() + ": " + e.explanation()));
        read(ApplicationWithdrawnEvent.class, e -> NONE.application(e.applicationId())
                .became(ApplicationStatus.WITHDRAWN).because(e.reason()));

        read(DocumentEvaluationStartedEvent.class, e -> NONE.application(e.applicationId())
                .became(ApplicationStatus.DOCUMENT_EVALUATION));
        read(IndicatorPreEvaluatedEvent.class, e -> NONE.application(e.applicationId()).indicator(e.indicatorCode())
                .became(e.suggestedPoints()).because(e.basis()));
        read(EvaluatorsAssignedEvent.class, e -> NONE.application(e.applicationId()).became(joined(e.evaluators())));
        read(IndicatorResolvedEvent.class, e -> NONE.application(e.applicationId()).indicator(e.indicatorCode())
                .changed(e.suggestedPoints(), e.points()).departing(e.departsFromSuggestion())
                .because(e.rationale()));
        read(EvaluationConcludedEvent.class, e -> NONE.application(e.applicationId())
                .became(ApplicationStatus.SITE_INSPECTION).because(joined(e.reasons())));
        read(SiteInspectionRecordedEvent.class, e -> NONE.application(e.applicationId()).became(e.outcome()));

        read(ScoreSheetOpenedEvent.class, e -> NONE.application(e.applicationId()).became(e.evaluator()));
        read(IndicatorScoredEvent.class, e -> NONE.application(e.applicationId()).indicator(e.indicatorCode())
                .became(e.points()).because(e.rationale()));
        read(IndicatorScoreChangedEvent.class, e -> NONE.application(e.applicationId()).indicator(e.indicatorCode())
                .changed(e.previousPoints(), e.points()).because(e.rationale()));
        read(ScoreSheetSubmittedEvent.class, e -> NONE.application(e.applicationId()).became("SUBMITTED"));

        read(ApplicationDecidedEvent.class, e -> NONE.application(e.applicationId())
                .certificate(e.certificateNumber()).became(e.outcome()).because(joined(e.reasons())));
        read(ResultNoticeIssuedEvent.class, e -> NONE.application(e.applicationId())
                .certificate(e.certificateNumber()).became(e.outcome()));
        read(CertificateNumberAllocatedEvent.class, e -> NONE.certificate(e.certificateNumber()));

        read(CertificationAwardedEvent.class, e -> NONE.certificate(e.certificateNumber())
                .application(e.applicationId()).round(e.roundId()).became(CertificationStatus.ACTIVE));
        read(MonitoringCheckLoggedEvent.class, e -> NONE.certificate(e.certificateNumber())
                .became(e.requirementsMet() ? "REQUIREMENTS_MET" : "REQUIREMENTS_NOT_MET").because(e.findings()));
        read(CertificationActionProposedEvent.class, e -> NONE.certificate(e.certificateNumber()).became(e.action())
                .because(e.reason()));
        read(ProposedActionDeclinedEvent.class, e -> NONE.certificate(e.certificateNumber()).became("DECLINED")
                .because(e.reason()));
        read(CertificationSuspendedEvent.class, e -> NONE.certificate(e.certificateNumber())
                .became(CertificationStatus.SUSPENDED).because(e.reason()));
        read(CertificationReinstatedEvent.class, e -> NONE.certificate(e.certificateNumber())
                .became(e.restoredStatus()).because(e.reason()));
        read(CertificationRevokedEvent.class, e -> NONE.certificate(e.certificateNumber())
                .became(CertificationStatus.REVOKED).because(e.reason() + " (" + e.legalBasis() + ")"));
        read(ReReviewOpenedEvent.class, e -> NONE.certificate(e.certificateNumber())
                .became(CertificationStatus.RE_REVIEW).because(e.reason()));
        read(CertificationRenewedEvent.class, e -> NONE.certificate(e.certificateNumber())
                .became(e.successorNumber()));
        read(ReReviewFailedEvent.class, e -> NONE.certificate(e.certificateNumber()).because(e.reason()));
        read(CertificationExpiredEvent.class, e -> NONE.certificate(e.certificateNumber())
                .became(CertificationStatus.EXPIRED));
        read(CertificateReissuedEvent.class, e -> NONE.certificate(e.certificateNumber())
                .became(joined(e.holderNames())).because(e.reason()));
    }

    private AuditedEvents() {
    }

    static AuditFacts of(Object payload) {
        return READERS.getOrDefault(payload.getClass(), unknown -> NONE).apply(payload);
    }

    private static <E> void read(Class<E> type, Function<E, AuditFacts> reader) {
        READERS.put(type, payload -> reader.apply(type.cast(payload)));
    }

    private static String joined(List<String> texts) {
        return texts == null ? null : String.join("; ", texts);
    }
}
