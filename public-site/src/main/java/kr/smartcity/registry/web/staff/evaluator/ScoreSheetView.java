package kr.smartcity.registry.web.staff.evaluator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.smartcity.registry.command.api.CriteriaQueries.CriteriaView;
import kr.smartcity.registry.command.api.CriteriaQueries.IndicatorView;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ScorecardQueries.EvaluatorScore;
import kr.smartcity.registry.query.api.ScorecardQueries.IndicatorLine;
import kr.smartcity.registry.query.api.ScorecardQueries.PreEvaluation;
import kr.smartcity.registry.query.api.ScorecardQueries.ScoreEntry;
import kr.smartcity.registry.query.api.ScorecardQueries.Scorecard;
import kr.smartcity.registry.web.staff.ScoredIndicators;

/**
 * The signed-in evaluator's score sheet (채점표) for one application: the indicators its level and field are scored
 * on ({@link ScoredIndicators}), grouped by area, each with what the evaluator needs beside the inputs. Public
 * because the templates read it.
 */
public record ScoreSheetView(ApplicationSummary application, String criteriaVersion, List<Area> areas,
                      LocalDateTime submittedAt) {

    public record Area(String code, String nameKo, String nameEn, BigDecimal maxPoints, List<Row> rows) {
    }

    /** One indicator: its criteria, the applicant's 자체평가, the 사전평가 suggestion, and the evaluator's own entry. */
    public record Row(IndicatorView indicator, BigDecimal selfEvaluation, PreEvaluation preEvaluation, BigDecimal points,
               String basis, String rationale) {
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    public long scoredCount() {
        return areas.stream().flatMap(area -> area.rows().stream()).filter(row -> row.points() != null).count();
    }

    public long indicatorCount() {
        return areas.stream().mapToLong(area -> area.rows().size()).sum();
    }

    Optional<Row> row(String indicatorCode) {
        return areas.stream().flatMap(area -> area.rows().stream())
                .filter(row -> row.indicator().code().equals(indicatorCode)).findFirst();
    }

    /** The scorecard as the query side shows it to this evaluator (their own points only) laid over the criteria. */
    static ScoreSheetView of(ApplicationSummary application, Scorecard scorecard, CriteriaView criteria) {
        Map<String, IndicatorLine> lines = scorecard.indicators().stream()
                .collect(Collectors.toMap(IndicatorLine::indicatorCode, Function.identity(), (a, b) -> b));
        List<Area> areas = ScoredIndicators.of(criteria, scorecard.level(), scorecard.field()).stream()
                .map(scored -> new Area(scored.area().code(), scored.area().nameKo(), scored.area().nameEn(),
                        scored.area().maxPoints(), scored.indicators().stream()
                        .map(indicator -> row(indicator, lines.get(indicator.code()))).toList()))
                .toList();
        Instant submitted = scorecard.committee().stream().map(member -> member.sheetSubmittedAt())
                .filter(at -> at != null).findFirst().orElse(null);
        return new ScoreSheetView(application, scorecard.criteriaVersion(), areas,
                submitted == null ? null : LocalDateTime.ofInstant(submitted, Seoul.ZONE));
    }

    private static Row row(IndicatorView indicator, IndicatorLine line) {
        if (line == null) {
            return new Row(indicator, null, null, null, null, null);
        }
        Optional<EvaluatorScore> mine = line.scores().stream().findFirst();
        Optional<ScoreEntry> latest = mine.map(score -> score.history().get(score.history().size() - 1));
        return new Row(indicator, line.selfEvaluation(), line.preEvaluation(),
                mine.map(EvaluatorScore::points).orElse(null),
                latest.map(ScoreEntry::basis).orElse(null), latest.map(ScoreEntry::rationale).orElse(null));
    }
}
