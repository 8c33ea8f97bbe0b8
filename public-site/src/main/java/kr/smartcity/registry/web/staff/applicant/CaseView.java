package kr.smartcity.registry.web.staff.applicant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import kr.smartcity.registry.command.api.ApplicationStatus;
import kr.smartcity.registry.command.api.Milestone;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.CaseHistoryQueries.CaseHistory;
import kr.smartcity.registry.query.api.CaseHistoryQueries.Kind;
import kr.smartcity.registry.query.api.RoundQueries.RoundSummary;
import kr.smartcity.registry.query.api.ScorecardQueries.Conclusion;

/**
 * One case as its applicant sees it: where it stands, its steps and deadlines in Korean time, the supplement asked
 * for, and once concluded its area scores (the scorecard query trims it to what an applicant may see). Public because
 * the templates read it.
 */
public record CaseView(ApplicationSummary application, ZonedDateTime submittedAt, List<Step> steps,
                       Supplement supplement, Map<Milestone, LocalDate> milestones, Conclusion conclusion) {

    private static final Set<ApplicationStatus> ENDED =
            EnumSet.of(ApplicationStatus.DECIDED, ApplicationStatus.WITHDRAWN, ApplicationStatus.EXCLUDED);

    public record Step(ZonedDateTime at, Kind kind, String note) {
    }

    public record Supplement(List<String> items, ZonedDateTime deadline) {
    }

    /** 철회 is possible any time before the decision, while the case has not ended otherwise. */
    public boolean withdrawable() {
        return !ENDED.contains(application.state());
    }

    /** The supplement form is offered while a supplement is asked for. */
    public boolean awaitsSupplement() {
        return application.state() == ApplicationStatus.SUPPLEMENT_REQUESTED && supplement != null;
    }

    static CaseView of(ApplicationSummary application, CaseHistory history, RoundSummary round,
                       Conclusion conclusion) {
        List<Step> steps = history == null ? List.of() : history.steps().stream()
                .map(step -> new Step(seoul(step.at()), step.kind(), step.note())).toList();
        Supplement supplement = history == null || history.supplement() == null ? null
                : new Supplement(history.supplement().items(), seoul(history.supplement().deadline()));
        return new CaseView(application, seoul(application.submittedAt()), steps, supplement,
                round == null ? Map.of() : new TreeMap<>(round.milestones()), conclusion);
    }

    private static ZonedDateTime seoul(Instant at) {
        return at == null ? null : at.atZone(Seoul.ZONE);
    }
}
