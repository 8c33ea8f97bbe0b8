package kr.smartcity.registry.command.criteria.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kr.smartcity.registry.command.criteria.Points;

/**
 * 사전평가 제안 점수: points the pre-evaluation suggests to the committee, or none ("withheld", 유보) where the seed
 * leaves the decision to the committee (기타 증빙 의결, 과반 동의, 재량). {@code awaitsCommittee} is also set when
 * objective evidence gives points but committee-only evidence could still raise them.
 */
public record Suggestion(Optional<Points> points, boolean awaitsCommittee, String basis) {

    public static Suggestion of(long points, String basis) {
        return new Suggestion(Optional.of(Points.of(points)), false, basis);
    }

    public static Suggestion of(Points points, String basis) {
        return new Suggestion(Optional.of(points), false, basis);
    }

    public static Suggestion withheld(String reason) {
        return new Suggestion(Optional.empty(), true, reason);
    }

    public static Suggestion none(String reason) {
        return of(0, reason);
    }

    public boolean isWithheld() {
        return points.isEmpty();
    }

    /** The suggestion, bounded by an indicator's allotment (배점 한도). */
    public Suggestion atMost(Points allotment) {
        return points.filter(p -> p.compareTo(allotment) > 0)
                .map(p -> new Suggestion(Optional.of(allotment), awaitsCommittee, basis + " (배점 " + allotment
                        + "점 한도 / capped at the allotment)"))
                .orElse(this);
    }

    /**
     * "가장 높은 점수를 받은 유형의 점수를 부여": the best scored type wins; committee-only types are withheld, so
     * the result awaits the committee when any type is withheld, and is withheld when no type has points.
     */
    public static Suggestion highestOf(List<Suggestion> types) {
        Optional<Suggestion> best = types.stream().filter(s -> !s.isWithheld())
                .max(Comparator.comparing(s -> s.points().orElseThrow()));
        boolean committeePart = types.stream().anyMatch(Suggestion::awaitsCommittee);
        if (best.isEmpty()) {
            return types.stream().filter(Suggestion::isWithheld).findFirst()
                    .orElse(none("증빙 없음 / no evidence"));
        }
        return new Suggestion(best.get().points(), committeePart, best.get().basis());
    }
}
