package kr.smartcity.registry.command.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorPreEvaluatedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorResolvedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.RecordResolutionCommand;
import kr.smartcity.registry.command.criteria.Indicator;
import kr.smartcity.registry.command.criteria.Points;
import kr.smartcity.registry.command.scoring.IndicatorAllotments;

/**
 * 1차 서면평가 as the application remembers it: the pre-evaluation's suggestions, the committee, and the
 * committee's resolution (의결) of each indicator, the last one of an indicator counting.
 */
final class DocumentEvaluation {

    private final IndicatorAllotments allotments;
    /** Suggested points by indicator; present but empty where the pre-evaluation withheld them. */
    private final Map<String, Optional<Points>> suggestions = new HashMap<>();
    private final Set<String> evaluators = new LinkedHashSet<>();
    private final Map<String, Points> resolutions = new HashMap<>();

    DocumentEvaluation(IndicatorAllotments allotments) {
        this.allotments = allotments;
    }

    /** New evaluators only: each gets one score sheet, so a second assignment of the same person is refused. */
    List<String> newEvaluators(List<String> proposed) {
        if (proposed == null || proposed.isEmpty()) {
            throw new CommandRefusedException("배정할 평가위원이 없습니다. / No evaluators to assign.");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String evaluator : proposed) {
            if (evaluator == null || evaluator.isBlank() || !distinct.add(evaluator)
                    || evaluators.contains(evaluator)) {
                throw new CommandRefusedException("평가위원 계정이 비었거나 중복입니다: " + evaluator
                        + " / Blank or duplicate evaluator: " + evaluator + ".");
            }
        }
        return List.copyOf(distinct);
    }

    /**
     * The committee's resolution of one indicator: within the maximum; with votes where a majority is needed;
     * with a rationale unless it simply confirms a suggestion.
     */
    IndicatorResolvedEvent resolve(String applicationId, RecordResolutionCommand command) {
        if (evaluators.isEmpty()) {
            throw new CommandRefusedException("평가위원회가 구성되지 않았습니다. / No committee has been formed.");
        }
        String code = command.indicatorCode();
        Points points = allotments.within(code, command.points());
        Optional<Points> suggested = suggestions.getOrDefault(code, Optional.empty());
        boolean departs = suggested.map(s -> !s.equals(points)).orElse(false);
        boolean confirmsSuggestion = suggested.isPresent() && !departs;
        if (!confirmsSuggestion && (command.rationale() == null || command.rationale().isBlank())) {
            throw new CommandRefusedException("지표 " + code + ": 사전평가 제안과 다르거나 제안이 없는 의결에는 사유가 "
                    + "필요합니다. / Indicator " + code + ": a resolution that departs from the suggestion, or has "
                    + "none to follow, needs a rationale.");
        }
        MajorityConsent.check(code, points, suggested.orElse(Points.ZERO), command.votes(), evaluators.size());
        return new IndicatorResolvedEvent(applicationId, code, points.toBigDecimal(), command.rationale(),
                command.votes(), suggested.map(Points::toBigDecimal).orElse(null), departs);
    }

    /** The resolved points of every enterable indicator; refuses while any is unresolved (지표항목별 점수 의결). */
    Map<String, Points> resolvedPoints() {
        List<String> missing = new ArrayList<>();
        for (Indicator indicator : allotments.enterable()) {
            if (!resolutions.containsKey(indicator.code())) {
                missing.add(indicator.code());
            }
        }
        if (!missing.isEmpty()) {
            throw new CommandRefusedException("의결되지 않은 지표가 있습니다: " + String.join(", ", missing)
                    + " / Indicators not yet resolved: " + String.join(", ", missing) + ".");
        }
        return Map.copyOf(resolutions);
    }

    void onPreEvaluated(IndicatorPreEvaluatedEvent event) {
        suggestions.put(event.indicatorCode(), Optional.ofNullable(event.suggestedPoints()).map(DocumentEvaluation::points));
    }

    void onAssigned(List<String> assigned) {
        evaluators.addAll(assigned);
    }

    void onResolved(IndicatorResolvedEvent event) {
        resolutions.put(event.indicatorCode(), points(event.points()));
    }

    private static Points points(BigDecimal value) {
        return Points.parse(value.toPlainString());
    }
}
