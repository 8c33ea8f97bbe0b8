package kr.smartcity.registry.command.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorPreEvaluatedEvent;
import kr.smartcity.registry.command.criteria.Points;
import kr.smartcity.registry.command.criteria.rules.Evidence;
import kr.smartcity.registry.command.criteria.rules.PressMediaDirectory;
import kr.smartcity.registry.command.criteria.rules.RuleBook;
import kr.smartcity.registry.command.criteria.rules.ScoringContext;
import kr.smartcity.registry.command.criteria.rules.Suggestion;
import kr.smartcity.registry.command.scoring.IndicatorAllotments;

/**
 * 사전평가: the evaluating agency's suggestion per indicator, computed from evidence facts by the rule book of the
 * application's criteria version, or withheld where the seed leaves it to the committee. Advisory only: the
 * committee's resolution is final.
 */
final class PreEvaluator {

    /** Rule books by criteria version; a later call adds its own book here. */
    private static final Map<String, RuleBook> BOOKS = new ConcurrentHashMap<>();

    private final IndicatorAllotments allotments;
    private final RuleBook book;
    private final ScoringContext context;

    PreEvaluator(IndicatorAllotments allotments, ScoringContext context) {
        this.allotments = allotments;
        this.book = ruleBook(allotments);
        this.context = context;
    }

    private static RuleBook ruleBook(IndicatorAllotments allotments) {
        String version = allotments.criteria().id();
        if (!"2023".equals(version)) {
            throw new CommandRefusedException("인증 기준 " + version + "의 사전평가 규칙이 없습니다. / No pre-evaluation "
                    + "rules for criteria " + version + ".");
        }
        return BOOKS.computeIfAbsent(version,
                v -> RuleBook.seed2023(allotments.criteria(), PressMediaDirectory.forVersion(v)));
    }

    /** No facts, no suggestions: every indicator is then left to the committee, as if withheld. */
    List<IndicatorPreEvaluatedEvent> evaluate(String applicationId, Map<String, String> facts, FactsReader reader) {
        if (facts == null || facts.isEmpty()) {
            return List.of();
        }
        List<IndicatorPreEvaluatedEvent> events = new ArrayList<>();
        new TreeMap<>(facts).forEach((code, json) -> { // in code order, so the record reads like the criteria
            Suggestion suggestion = suggest(code, json, reader);
            events.add(new IndicatorPreEvaluatedEvent(applicationId, code,
                    suggestion.points().map(Points::toBigDecimal).orElse(null), suggestion.awaitsCommittee(),
                    suggestion.basis()));
        });
        return events;
    }

    private Suggestion suggest(String code, String json, FactsReader reader) {
        allotments.enterable(code);
        try {
            Evidence evidence = reader.read(json, book.factsType(code));
            return book.suggest(code, allotments.level(), allotments.field(), evidence, context);
        } catch (IllegalArgumentException e) {
            throw new CommandRefusedException("지표 " + code + "의 증빙 사실을 읽을 수 없습니다. / Indicator " + code
                    + ": " + e.getMessage());
        }
    }
}
