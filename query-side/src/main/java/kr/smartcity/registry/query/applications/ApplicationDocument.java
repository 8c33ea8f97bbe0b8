package kr.smartcity.registry.query.applications;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.command.api.ApplicationKind;
import kr.smartcity.registry.command.api.ApplicationStatus;
import kr.smartcity.registry.command.api.DecisionOutcome;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/**
 * One application in the staff pipeline; {@code submittedBy} is the applicant's account, whose case it is. Every change writes the whole document from the last
 * one and the event alone (sets, not increments), so processing an event again changes nothing.
 */
@Document(ApplicationDocument.COLLECTION)
@CompoundIndex(name = "by_round", def = "{'roundId': 1, 'submittedAt': -1}")
@CompoundIndex(name = "by_applicant", def = "{'submittedBy': 1, 'submittedAt': -1}")
@CompoundIndex(name = "by_evaluator", def = "{'evaluators': 1, 'submittedAt': -1}")
@CompoundIndex(name = "by_kind", def = "{'kind': 1, 'submittedAt': -1}")
record ApplicationDocument(
        @Id String applicationId,
        String roundId,
        ApplicationKind kind,
        String reviewedCertificateNumber,
        String serviceNameKo,
        String serviceNameEn,
        String organisationName,
        ServiceField field,
        ServiceLevel level,
        String region,
        ApplicationStatus state,
        Instant submittedAt,
        Instant supplementDeadline,
        List<String> evaluators,
        Set<String> submittedSheets,
        BigDecimal total,
        Boolean passes,
        DecisionOutcome outcome,
        String certificateNumber,
        String submittedBy) {

    static final String COLLECTION = "applications";

    ApplicationDocument in(ApplicationStatus newState) {
        return new ApplicationDocument(applicationId, roundId, kind, reviewedCertificateNumber, serviceNameKo,
                serviceNameEn, organisationName, field, level, region, newState, submittedAt, supplementDeadline,
                evaluators, submittedSheets, total, passes, outcome, certificateNumber, submittedBy);
    }

    ApplicationDocument awaitingSupplementBy(Instant deadline) {
        return new ApplicationDocument(applicationId, roundId, kind, reviewedCertificateNumber, serviceNameKo,
                serviceNameEn, organisationName, field, level, region, ApplicationStatus.SUPPLEMENT_REQUESTED,
                submittedAt, deadline, evaluators, submittedSheets, total, passes, outcome, certificateNumber, submittedBy);
    }

    ApplicationDocument assigned(List<String> committee) {
        return new ApplicationDocument(applicationId, roundId, kind, reviewedCertificateNumber, serviceNameKo,
                serviceNameEn, organisationName, field, level, region, state, submittedAt, supplementDeadline,
                List.copyOf(committee), submittedSheets, total, passes, outcome, certificateNumber, submittedBy);
    }

    ApplicationDocument sheetSubmittedBy(String evaluator) {
        Set<String> sheets = new TreeSet<>(submittedSheets);
        sheets.add(evaluator);
        return new ApplicationDocument(applicationId, roundId, kind, reviewedCertificateNumber, serviceNameKo,
                serviceNameEn, organisationName, field, level, region, state, submittedAt, supplementDeadline,
                evaluators, sheets, total, passes, outcome, certificateNumber, submittedBy);
    }

    ApplicationDocument concluded(BigDecimal scorecardTotal, boolean scorecardPasses) {
        return new ApplicationDocument(applicationId, roundId, kind, reviewedCertificateNumber, serviceNameKo,
                serviceNameEn, organisationName, field, level, region, ApplicationStatus.SITE_INSPECTION,
                submittedAt, supplementDeadline, evaluators, submittedSheets, scorecardTotal, scorecardPasses,
                outcome, certificateNumber, submittedBy);
    }

    ApplicationDocument decided(DecisionOutcome decision, String number) {
        return new ApplicationDocument(applicationId, roundId, kind, reviewedCertificateNumber, serviceNameKo,
                serviceNameEn, organisationName, field, level, region, ApplicationStatus.DECIDED, submittedAt,
                supplementDeadline, evaluators, submittedSheets, total, passes, decision, number, submittedBy);
    }
}
