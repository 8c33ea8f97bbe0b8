package kr.smartcity.registry.command.application;

import java.util.Set;

import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.EvaluationMessages.Votes;
import kr.smartcity.registry.command.criteria.Points;

/**
 * 과반 동의: points the committee gives on 1.2.2.1 beyond what the IP rights earn (차별성 설명, S-122 1) and on
 * 1.2.3.2 (산업 파급효과, S-123 2) need the consent of a majority of the committee, recorded as votes.
 */
final class MajorityConsent {

    private static final Set<String> INDICATORS = Set.of("1.2.2.1", "1.2.3.2");

    private MajorityConsent() {
    }

    /** Refuses unless a majority of {@code committeeSize} members voted for points above the objective ones. */
    static void check(String code, Points resolved, Points objective, Votes votes, int committeeSize) {
        if (votes != null && (votes.votesFor() < 0 || votes.votesAgainst() < 0
                || votes.votesFor() + votes.votesAgainst() > committeeSize)) {
            throw new CommandRefusedException("투표 수가 위원 수(" + committeeSize + "명)와 맞지 않습니다. / The votes do not "
                    + "fit a committee of " + committeeSize + ".");
        }
        if (!INDICATORS.contains(code) || resolved.compareTo(objective) <= 0) {
            return;
        }
        if (votes == null || votes.votesFor() * 2 <= committeeSize) {
            throw new CommandRefusedException("지표 " + code + "의 " + resolved + "점은 평가위원회 과반의 동의가 필요합니다"
                    + "(위원 " + committeeSize + "명). / Indicator " + code + ": " + resolved + " points need a majority"
                    + " of the committee of " + committeeSize + ".");
        }
    }
}
