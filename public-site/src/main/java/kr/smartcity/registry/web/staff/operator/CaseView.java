package kr.smartcity.registry.web.staff.operator;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import kr.smartcity.registry.command.api.ApplicationStatus;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ScorecardQueries.IndicatorLine;
import kr.smartcity.registry.query.api.ScorecardQueries.Scorecard;
import kr.smartcity.registry.web.security.EvaluatorRoster;

/**
 * The case page (신청 건) as the operator sees it: where the case stands, its indicators, and the forms its state
 * opens, each either empty or as last typed (with {@code errors}) when it was sent back.
 */
@Component
class CaseView {

    /** States in which 예비검토 (accept, supplement, exclude) can still be done. */
    private static final Set<ApplicationStatus> IN_REVIEW = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.SUPPLEMENT_REQUESTED, ApplicationStatus.SUPPLEMENTED, ApplicationStatus.SUPPLEMENT_LAPSED);

    private final OperatorReads reads;
    private final EvaluatorRoster roster;

    CaseView(OperatorReads reads, EvaluatorRoster roster) {
        this.reads = reads;
        this.roster = roster;
    }

    /** The case and its scored indicators (criteria text and maximum beside the scorecard line). */
    record Case(ApplicationSummary application, Scorecard scorecard, List<IndicatorRow> rows) {

        IndicatorRow row(String code) {
            return rows.stream().filter(row -> row.code().equals(code)).findFirst().orElse(null);
        }
    }

    Case load(String applicationId) {
        ApplicationSummary application = reads.application(applicationId);
        Scorecard scorecard = reads.scorecard(applicationId);
        Map<String, IndicatorLine> lines = scorecard.indicators().stream()
                .collect(Collectors.toMap(IndicatorLine::indicatorCode, Function.identity()));
        List<IndicatorRow> rows = reads.scoredIndicators(scorecard.criteriaVersion(), application.level(),
                        application.field()).stream()
                .map(indicator -> new IndicatorRow(indicator, lines.get(indicator.code())))
                .toList();
        return new Case(application, scorecard, rows);
    }

    String show(String applicationId, Model model) {
        return show(load(applicationId), model);
    }

    String show(Case theCase, Model model) {
        ApplicationStatus state = theCase.application().state();
        model.addAttribute("app", theCase.application());
        model.addAttribute("card", theCase.scorecard());
        model.addAttribute("rows", theCase.rows());
        model.addAttribute("inReview", IN_REVIEW.contains(state));
        model.addAttribute("evaluationOpen",
                state == ApplicationStatus.ACCEPTED || state == ApplicationStatus.DOCUMENT_EVALUATION);
        model.addAttribute("resolving", state == ApplicationStatus.DOCUMENT_EVALUATION);
        model.addAttribute("inspecting", state == ApplicationStatus.SITE_INSPECTION);
        model.addAttribute("composite", theCase.application().level() != ServiceLevel.L1);
        model.addAttribute("servingEvaluators", roster.serving(theCase.application().roundId()));
        addIfAbsent(model, "errors", new FormErrors());
        addIfAbsent(model, "review", PreliminaryReviewForm.empty());
        addIfAbsent(model, "facts", Map.of());
        addIfAbsent(model, "committeeForm", "");
        addIfAbsent(model, "resolution", ResolutionForm.empty());
        addIfAbsent(model, "conclusion", ConclusionForm.empty());
        addIfAbsent(model, "inspection", SiteInspectionForm.empty());
        return "staff/operator/case";
    }

    private static void addIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
