package kr.smartcity.registry.query.scorecards;

import java.util.List;

import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.query.access.Viewer;
import kr.smartcity.registry.query.api.ScorecardQueries.IndicatorLine;
import kr.smartcity.registry.query.api.ScorecardQueries.Scorecard;

/**
 * What each role may see of a scorecard (DESIGN.md §1). Operators, the ministry and the admin see all of it. An
 * evaluator sees the cases assigned to them with their own points only: evaluators are never named to each other. The
 * applicant sees its own case's self-evaluation, and once the evaluation is concluded the resolutions, area totals
 * and pass or fail; never who scored or how. Everyone else is refused.
 */
final class ScorecardViews {

    private ScorecardViews() {
    }

    /** Refuses the roles that may see no scorecard at all (a monitor, the public), before anything is looked up. */
    static void admit(Viewer viewer) {
        viewer.requireAny(Role.OPERATOR, Role.MINISTRY, Role.ADMIN, Role.EVALUATOR, Role.APPLICANT);
    }

    static Scorecard seenBy(Viewer viewer, ScorecardDocument doc) {
        if (viewer.isAny(Role.OPERATOR, Role.MINISTRY, Role.ADMIN)) {
            return doc.scorecard();
        }
        if (viewer.isAny(Role.EVALUATOR) && doc.isOnCommittee(viewer.account())) {
            return evaluatorsOwn(doc.scorecard(), viewer.account());
        }
        if (viewer.isAny(Role.APPLICANT) && viewer.account().equals(doc.submittedBy())) {
            return applicants(doc.scorecard());
        }
        throw Viewer.forbidden();
    }

    private static Scorecard evaluatorsOwn(Scorecard whole, String evaluator) {
        List<IndicatorLine> lines = whole.indicators().stream()
                .map(line -> new IndicatorLine(line.indicatorCode(), line.selfEvaluation(), line.preEvaluation(),
                        line.scores().stream().filter(score -> score.evaluator().equals(evaluator)).toList(),
                        line.resolution()))
                .toList();
        return new Scorecard(whole.applicationId(), whole.criteriaVersion(), whole.level(), whole.field(),
                whole.committee().stream().filter(member -> member.evaluator().equals(evaluator)).toList(),
                lines, whole.conclusion(), whole.outcome());
    }

    /** Lines left with nothing the applicant may see are left out. */
    private static Scorecard applicants(Scorecard whole) {
        boolean concluded = whole.conclusion() != null;
        List<IndicatorLine> lines = whole.indicators().stream()
                .map(line -> new IndicatorLine(line.indicatorCode(), line.selfEvaluation(), null, List.of(),
                        concluded ? line.resolution() : null))
                .filter(line -> line.selfEvaluation() != null || line.resolution() != null)
                .toList();
        return new Scorecard(whole.applicationId(), whole.criteriaVersion(), whole.level(), whole.field(), List.of(),
                lines, whole.conclusion(), whole.outcome());
    }
}
