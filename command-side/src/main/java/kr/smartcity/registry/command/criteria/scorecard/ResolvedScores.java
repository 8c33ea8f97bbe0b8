package kr.smartcity.registry.command.criteria.scorecard;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.Points;

/**
 * The final (의결된) points of one service per indicator code, as input to a {@link Scorecard}. An indicator with no
 * entry scores 0. Derived indicators (2.2.1.1, 2.3.1.1) are not entered: they come from the constituent services
 * one level down, and only if those are built and work to common criteria (공통된 기준, S-221 / S-231). A
 * constituent certified earlier may be known only by its composition score ({@code knownComposition}).
 */
public record ResolvedScores(
        ServiceLevel level,
        ServiceField field,
        Map<String, Points> points,
        List<ResolvedScores> constituents,
        boolean constituentsMeetCommonCriteria,
        Optional<Points> knownComposition) {

    public ResolvedScores {
        points = Map.copyOf(points);
        constituents = List.copyOf(constituents);
    }

    /** An L1 unit service (단위 서비스), which has no constituents. */
    public static ResolvedScores unitService(ServiceField field, Map<String, Points> points) {
        return new ResolvedScores(ServiceLevel.L1, field, points, List.of(), false, Optional.empty());
    }

    /** An L2 or L3 service built from constituent services one level down. */
    public static ResolvedScores linkedService(ServiceLevel level, ServiceField field, Map<String, Points> points,
            List<ResolvedScores> constituents, boolean constituentsMeetCommonCriteria) {
        return new ResolvedScores(level, field, points, constituents, constituentsMeetCommonCriteria,
                Optional.empty());
    }

    /** A constituent service known only by its composition score (구성 및 기능 평가점수), e.g. certified earlier. */
    public static ResolvedScores knownComposition(ServiceLevel level, ServiceField field, Points compositionScore) {
        return new ResolvedScores(level, field, Map.of(), List.of(), false, Optional.of(compositionScore));
    }
}
