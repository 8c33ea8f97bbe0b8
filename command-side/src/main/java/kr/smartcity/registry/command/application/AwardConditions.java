package kr.smartcity.registry.command.application;

import java.math.BigDecimal;

import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.EvaluationMessages.AreaResult;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluationConcludedEvent;
import kr.smartcity.registry.command.api.InspectionOutcome;

/**
 * 인증 부여 요건: the concluded scorecard reaches the pass mark (70점 이상), every area its 과락 minimum, and the
 * site inspection confirmed the application (사실여부 확인). Each unmet condition is its own refusal.
 */
final class AwardConditions {

    private AwardConditions() {
    }

    static void check(EvaluationConcludedEvent scorecard, InspectionOutcome inspection) {
        BigDecimal total = scorecard.total();
        if (total.compareTo(scorecard.passMark()) < 0) {
            throw new CommandRefusedException("총점 " + total.toPlainString() + "점이 인증 기준 "
                    + scorecard.passMark().toPlainString() + "점에 미달하여 인증할 수 없습니다. / Refused: award under "
                    + scorecard.passMark().toPlainString() + " (total " + total.toPlainString() + ").");
        }
        for (AreaResult area : scorecard.areas()) {
            if (!area.meetsMinimum()) {
                throw new CommandRefusedException(area.areaCode() + ". " + area.nameKo() + " "
                        + area.points().toPlainString() + "점이 과락 기준 " + area.minimumPoints().toPlainString()
                        + "점에 미달하여 인증할 수 없습니다. / Refused: award with area " + area.areaCode()
                        + " below its minimum " + area.minimumPoints().toPlainString() + ".");
            }
        }
        if (inspection != InspectionOutcome.CONFIRMED) {
            throw new CommandRefusedException("현장실사에서 사실이 확인되지 않아 인증할 수 없습니다. / Refused: award without "
                    + "a confirmed site inspection.");
        }
    }
}
