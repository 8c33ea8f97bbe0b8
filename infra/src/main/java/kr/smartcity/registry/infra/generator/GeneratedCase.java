package kr.smartcity.registry.infra.generator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import kr.smartcity.registry.command.api.Applicant;
import kr.smartcity.registry.command.api.ApplicationMessages.AcceptApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationForm;
import kr.smartcity.registry.command.api.ApplicationMessages.EvidenceItem;
import kr.smartcity.registry.command.api.ApplicationMessages.SubmitApplicationCommand;
import kr.smartcity.registry.command.api.DecisionOutcome;
import kr.smartcity.registry.command.api.EvidenceType;
import kr.smartcity.registry.command.api.OrganisationType;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.CriteriaVersion;
import kr.smartcity.registry.infra.demo.DemoCommands;
import kr.smartcity.registry.infra.demo.DemoEvaluation;

/**
 * One fictional application (가상 데이터) taken the whole way through the current round, as staff would:
 * 접수 → 요건 검토 → 사전평가 → 평가위원 3인 배정 → each scores every indicator and submits → 의결 → 평가 종료 →
 * 현장실사 → 인증여부 결정. One in ten scores too low and is not certified. Committees rotate over the five demo
 * evaluators, so each of them is the acting evaluator of their own sheets. Unit services (L1): an L2 or L3 case
 * would need certified constituents of its own. A few are left open for scoring, for the command benchmark (P3).
 */
final class GeneratedCase {

    private static final List<String> EVALUATORS =
            List.of("evaluator1", "evaluator2", "evaluator3", "evaluator4", "evaluator5");
    private static final BigDecimal PASSING_SHARE = new BigDecimal("0.9");
    private static final BigDecimal FAILING_SHARE = new BigDecimal("0.6");

    private final Random random;
    private final int index;
    private final long seed;

    GeneratedCase(Random random, long seed, int index) {
        this.random = random;
        this.seed = seed;
        this.index = index;
    }

    /** The whole way to the decision, or ({@code complete} false) left in document evaluation, sheets still blank. */
    void sendTo(DemoCommands commands, CriteriaVersion criteria, String roundId, boolean complete) {
        ServiceField field = ServiceField.values()[random.nextInt(ServiceField.values().length)];
        String id = UUID.nameUUIDFromBytes(("generated-case-" + seed + "-" + index).getBytes(StandardCharsets.UTF_8))
                .toString();
        commands.as("applicant", "APPLICANT", new SubmitApplicationCommand(roundId, id, form(field)));
        commands.as("operator", "OPERATOR", new AcceptApplicationCommand(id));
        boolean passes = random.nextInt(10) > 0;
        DemoEvaluation evaluation = new DemoEvaluation(commands, criteria, ServiceLevel.L1, field, id,
                passes ? PASSING_SHARE : FAILING_SHARE, committee());
        if (!complete) {
            evaluation.scoreBy(0);
            return;
        }
        evaluation.scoreBy(3);
        evaluation.resolveAndConclude();
        evaluation.inspectAndConfirm();
        evaluation.decide(passes ? DecisionOutcome.CERTIFIED : DecisionOutcome.NOT_CERTIFIED);
    }

    private List<String> committee() {
        int first = index % EVALUATORS.size();
        return List.of(EVALUATORS.get(first), EVALUATORS.get((first + 1) % EVALUATORS.size()),
                EVALUATORS.get((first + 2) % EVALUATORS.size()));
    }

    private ApplicationForm form(ServiceField field) {
        String name = Fictional.SERVICES[random.nextInt(Fictional.SERVICES.length)];
        String organisation = Fictional.HOLDERS[random.nextInt(Fictional.HOLDERS.length)];
        Applicant applicant = new Applicant(organisation, businessRegistrationNumber(), "(가상) 대표자",
                "044-000-0000", "(가상) 세종특별자치시 한누리대로 1", OrganisationType.COMPANY);
        return new ApplicationForm(applicant, List.of(), name + " 신청 " + (index + 1),
                "Application " + (index + 1), field, ServiceLevel.L1,
                Fictional.REGIONS[random.nextInt(Fictional.REGIONS.length)], "(가상 데이터) " + name + " 서비스", Map.of(),
                List.of(new EvidenceItem("서비스 운영 보고서", EvidenceType.DOCUMENT, List.of("2.1.1.1"))), List.of());
    }

    /** Nine digits from the case's random source, then the National Tax Service check digit. */
    private String businessRegistrationNumber() {
        int[] weights = {1, 3, 7, 1, 3, 7, 1, 3, 5};
        int[] digits = new int[9];
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            digits[i] = random.nextInt(10);
            sum += digits[i] * weights[i];
        }
        sum += digits[8] * 5 / 10;
        StringBuilder number = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            number.append(digits[i]).append(i == 2 || i == 4 ? "-" : "");
        }
        return number.append((10 - sum % 10) % 10).toString();
    }
}
