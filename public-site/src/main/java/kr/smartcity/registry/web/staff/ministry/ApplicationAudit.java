package kr.smartcity.registry.web.staff.ministry;

import static kr.smartcity.registry.web.staff.ministry.AuditTable.points;
import static kr.smartcity.registry.web.staff.ministry.AuditTable.text;
import static kr.smartcity.registry.web.staff.ministry.AuditTable.time;

import java.util.ArrayList;
import java.util.List;

import kr.smartcity.registry.query.api.ScorecardQueries.EvaluatorScore;
import kr.smartcity.registry.query.api.ScorecardQueries.IndicatorLine;
import kr.smartcity.registry.query.api.ScorecardQueries.Resolution;
import kr.smartcity.registry.query.api.ScorecardQueries.ScoreEntry;
import kr.smartcity.registry.query.api.ScorecardQueries.Scorecard;

/**
 * 신청 건 감사: per indicator, each evaluator's every score (the first, then each change old → new) with its time and
 * rationale, and the committee's resolution beside it. An indicator no one scored still shows its resolution.
 */
final class ApplicationAudit {

    static final List<String> COLUMNS = List.of("ministry.audit.col.indicator", "ministry.audit.col.evaluator",
            "ministry.audit.col.at", "ministry.audit.col.before", "ministry.audit.col.points",
            "ministry.audit.col.rationale", "ministry.audit.col.resolution", "ministry.audit.col.resolutionRationale",
            "ministry.audit.col.resolvedAt");

    private ApplicationAudit() {
    }

    static AuditTable of(Scorecard scorecard, AuditSearch search) {
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorLine line : scorecard.indicators()) {
            if (!search.matchesIndicator(line.indicatorCode())) {
                continue;
            }
            List<String> resolution = resolution(line.resolution());
            boolean scored = false;
            for (EvaluatorScore score : line.scores()) {
                if (!search.matchesEvaluator(score.evaluator())) {
                    continue;
                }
                for (ScoreEntry entry : score.history()) {
                    if (search.includes(entry.at())) {
                        List<String> row = new ArrayList<>(List.of(line.indicatorCode(), score.evaluator(),
                                time(entry.at()), points(entry.previousPoints()), points(entry.points()),
                                text(entry.rationale())));
                        row.addAll(resolution);
                        rows.add(row);
                        scored = true;
                    }
                }
            }
            if (!scored && search.evaluator() == null && line.resolution() != null
                    && search.includes(line.resolution().resolvedAt())) {
                List<String> row = new ArrayList<>(List.of(line.indicatorCode(), "", "", "", "", ""));
                row.addAll(resolution);
                rows.add(row);
            }
        }
        return new AuditTable(COLUMNS, rows);
    }

    private static List<String> resolution(Resolution resolution) {
        if (resolution == null) {
            return List.of("", "", "");
        }
        return List.of(points(resolution.points()), text(resolution.rationale()), time(resolution.resolvedAt()));
    }
}
