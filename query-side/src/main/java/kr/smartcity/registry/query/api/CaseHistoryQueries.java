package kr.smartcity.registry.query.api;

import java.time.Instant;
import java.util.List;

/**
 * A case's own history as its applicant may follow it (신청 이력): each step of the way with when and why, and the
 * supplement request (보완 요청) standing on it. Who evaluates the case is not part of it.
 */
public final class CaseHistoryQueries {

    private CaseHistoryQueries() {
    }

    /**
     * Answered with an {@code Optional<CaseHistory>}: empty for an unknown case and for a case the viewer may not
     * see (the same viewers as {@link ApplicationQueries.FindApplicationQuery}).
     */
    public record FindCaseHistoryQuery(String applicationId) {
    }

    /** The steps oldest first; {@code supplement} the latest supplement request (null if none was made). */
    public record CaseHistory(String applicationId, List<CaseStep> steps, SupplementRequest supplement) {
    }

    /** One step: what happened, when, and the reason or note it came with (null if none). */
    public record CaseStep(Instant at, Kind kind, String note) {
    }

    /** What was asked (보완 항목) and by when. */
    public record SupplementRequest(List<String> items, Instant deadline, Instant requestedAt) {
    }

    public enum Kind {
        SUBMITTED, ACCEPTED, SUPPLEMENT_REQUESTED, SUPPLEMENT_SUBMITTED, SUPPLEMENT_LAPSED, EXCLUDED, WITHDRAWN,
        DOCUMENT_EVALUATION_STARTED, EVALUATION_CONCLUDED, SITE_INSPECTED, DECIDED
    }
}
