package kr.smartcity.registry.infra.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kr.smartcity.registry.command.api.DecisionMessages.DecideCertificationCommand;
import kr.smartcity.registry.command.api.DecisionOutcome;
import kr.smartcity.registry.command.api.EvaluationMessages.AssignEvaluatorsCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.ConcludeEvaluationCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.InspectionFinding;
import kr.smartcity.registry.command.api.EvaluationMessages.RecordPreEvaluationCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.RecordResolutionCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.RecordSiteInspectionCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.Votes;
import kr.smartcity.registry.command.api.ScoringMessages;
import kr.smartcity.registry.command.api.ScoringMessages.ScoreIndicatorCommand;
import kr.smartcity.registry.command.api.ScoringMessages.SubmitScoreSheetCommand;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.CriteriaVersion;
import kr.smartcity.registry.command.criteria.Indicator;

/**
 * The evaluation of one demo application, step by step as the operator, the committee and the
 * ministry would take it. Every indicator gets the same share of its maximum, in half points. The history
 * generator evaluates its full cases the same way, with committees drawn from all demo evaluators.
 */
public final class DemoEvaluation {

    static final List<String> COMMITTEE = List.of("evaluator1", "evaluator2", "evaluator3");
    /** Facts the demo applicants documented: types of usage records kept, and the manuals delivered. */
    private static final Map<String, String> EVIDENCE = Map.of(
            "2.1.1.2", "{\"types\": 3}",
            "3.2.2.1", "{\"userManual\": true, \"administratorManual\": true, \"securityManual\": false}");

    private final DemoCommands commands;
    private final List<Indicator> indicators;
    private final String applicationId;
    private final BigDecimal share;
    private final List<String> committee;

    public DemoEvaluation(DemoCommands commands, CriteriaVersion criteria, ServiceLevel level, ServiceField field,
                          String applicationId, BigDecimal share, List<String> committee) {
        this.commands = commands;
        this.committee = committee;
        this.indicators = criteria.indicatorsFor(level, field).stream().filter(i -> !i.isDerived()).toList();
        this.applicationId = applicationId;
        this.share = share;
    }

    /** 사전평가 and the committee; {@code sheetsIn} of its members score everything and submit. */
    public void scoreBy(int sheetsIn) {
        commands.as("operator", "OPERATOR", new RecordPreEvaluationCommand(applicationId, EVIDENCE));
        commands.as("operator", "OPERATOR", new AssignEvaluatorsCommand(applicationId, committee));
        for (String evaluator : committee.subList(0, sheetsIn)) {
            String sheet = ScoringMessages.sheetId(applicationId, evaluator);
            for (Indicator indicator : indicators) {
                commands.as(evaluator, "EVALUATOR", new ScoreIndicatorCommand(sheet, evaluator, indicator.code(),
                        points(indicator), "제출 증빙 검토", "증빙과 현장 자료가 지표를 충족하는 정도에 따라 부여"));
            }
            commands.as(evaluator, "EVALUATOR", new SubmitScoreSheetCommand(sheet, evaluator));
        }
    }

    /** 의결 on every indicator and the concluded scorecard. */
    public void resolveAndConclude() {
        for (Indicator indicator : indicators) {
            commands.as("operator", "OPERATOR", new RecordResolutionCommand(applicationId, indicator.code(),
                    points(indicator), "평가위원 점수 검토 후 위원회 의결", new Votes(committee.size(), 0)));
        }
        commands.as("operator", "OPERATOR", new ConcludeEvaluationCommand(applicationId, Map.of(), true));
    }

    public void inspectAndConfirm() {
        commands.as("operator", "OPERATOR", new RecordSiteInspectionCommand(applicationId, LocalDate.now(Seoul.ZONE),
                List.of("(가상) 실사위원 김현장"), List.of(new InspectionFinding("서비스 운영 실태", "2.1.1.1", true,
                        "제출 자료와 일치"))));
    }

    public String decide(DecisionOutcome outcome) {
        return commands.as("ministry", "MINISTRY", new DecideCertificationCommand(applicationId, outcome, List.of()));
    }

    private BigDecimal points(Indicator indicator) {
        return indicator.maxPoints().toBigDecimal().multiply(share).multiply(BigDecimal.valueOf(2))
                .setScale(0, RoundingMode.FLOOR).divide(BigDecimal.valueOf(2));
    }
}
