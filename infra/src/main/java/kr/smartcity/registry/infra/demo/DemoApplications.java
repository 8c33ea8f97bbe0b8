package kr.smartcity.registry.infra.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kr.smartcity.registry.command.api.Applicant;
import kr.smartcity.registry.command.api.ApplicationMessages.AcceptApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationForm;
import kr.smartcity.registry.command.api.ApplicationMessages.EvidenceItem;
import kr.smartcity.registry.command.api.ApplicationMessages.ExcludeApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.RequestSupplementCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.SubmitApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.SubmitSupplementCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.WithdrawApplicationCommand;
import kr.smartcity.registry.command.api.DecisionOutcome;
import kr.smartcity.registry.command.api.EvidenceType;
import kr.smartcity.registry.command.api.ExclusionReason;
import kr.smartcity.registry.command.api.OrganisationType;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.CriteriaVersion;

/**
 * Fictional applications to the open demo round, one left in each state of the way from
 * submission to decision, each taken there through the same commands staff send.
 */
final class DemoApplications {

    /** Where a demo case is left, and how its indicators are scored when it gets that far. */
    private enum Target {
        SUBMITTED, SUPPLEMENT_REQUESTED, SUPPLEMENTED, SUPPLEMENT_LAPSED, ACCEPTED, DOCUMENT_EVALUATION,
        SITE_INSPECTION, CERTIFIED, NOT_CERTIFIED, WITHDRAWN, EXCLUDED
    }

    private record Case(String nameKo, String nameEn, String organisation, String registrationNumber,
                        ServiceField field, Target target) {
    }

    private static final List<Case> CASES = List.of(
            new Case("버스 도착 예측 스마트 정류장", "Smart bus stop with arrival prediction", "(가상) 다온교통(주)",
                    "101-81-00016", ServiceField.TRANSPORT, Target.SUBMITTED),
            new Case("스마트 주차 공유", "Smart parking sharing", "(가상) 파킹온(주)", "105-86-00027",
                    ServiceField.TRANSPORT, Target.SUPPLEMENT_REQUESTED),
            new Case("태양광 스마트 벤치", "Solar smart bench", "(가상) 해솔에너지(주)", "117-81-00030",
                    ServiceField.ENVIRONMENT_ENERGY, Target.SUPPLEMENTED),
            new Case("하천 수위 알림", "River level alert", "(가상) 물길(주)", "129-86-00042",
                    ServiceField.ENVIRONMENT_ENERGY, Target.SUPPLEMENT_LAPSED),
            new Case("보행자 우선 신호", "Pedestrian-first signals", "(가상) 걷는길(주)", "138-81-00056",
                    ServiceField.TRANSPORT, Target.ACCEPTED),
            new Case("수요응답형 교통", "Demand-responsive transport", "(가상) 타요모빌리티(주)", "214-86-00068",
                    ServiceField.TRANSPORT, Target.DOCUMENT_EVALUATION),
            new Case("건물 냉난방 최적화", "Building HVAC optimisation", "(가상) 쾌적에너지(주)", "220-81-00073",
                    ServiceField.ENVIRONMENT_ENERGY, Target.SITE_INSPECTION),
            new Case("스마트 횡단보도 음성 안내", "Smart crosswalk voice guidance", "(가상) 안전보행(주)", "305-81-00087",
                    ServiceField.TRANSPORT, Target.CERTIFIED),
            new Case("공공자전거 재배치 예측", "Public bike rebalancing", "(가상) 두바퀴(주)", "409-86-00098",
                    ServiceField.TRANSPORT, Target.NOT_CERTIFIED),
            new Case("음식물 쓰레기 계량", "Food-waste metering", "(가상) 자원순환(주)", "514-81-00100",
                    ServiceField.ENVIRONMENT_ENERGY, Target.WITHDRAWN),
            new Case("LED 가로등 교체", "LED streetlight replacement", "(가상) 밝은길(주)", "606-86-00118",
                    ServiceField.ENVIRONMENT_ENERGY, Target.EXCLUDED));

    private static final BigDecimal PASSING_SHARE = new BigDecimal("0.8");
    private static final BigDecimal FAILING_SHARE = new BigDecimal("0.6");

    private final DemoCommands commands;
    private final CriteriaVersion criteria;

    DemoApplications(DemoCommands commands, CriteriaVersion criteria) {
        this.commands = commands;
        this.criteria = criteria;
    }

    /** Deadlines are set from the clock when each case is made: loading takes a while on a busy machine. */
    void load(String roundId, Clock clock) {
        CASES.forEach(demo -> takeTo(demo, roundId, clock.instant()));
    }

    private void takeTo(Case demo, String roundId, Instant now) {
        String id = UUID.nameUUIDFromBytes((roundId + demo.nameKo()).getBytes(StandardCharsets.UTF_8)).toString();
        commands.as("applicant", "APPLICANT", new SubmitApplicationCommand(roundId, id, form(demo)));
        switch (demo.target()) {
            case SUBMITTED -> { }
            case SUPPLEMENT_REQUESTED -> requestSupplement(id, now.plus(14, ChronoUnit.DAYS));
            case SUPPLEMENTED -> {
                requestSupplement(id, now.plus(14, ChronoUnit.DAYS));
                commands.as("applicant", "APPLICANT", new SubmitSupplementCommand(id,
                        List.of(new EvidenceItem("실증 사진 보완본", EvidenceType.SCREENSHOT, List.of("2.1.1.1"))),
                        "요청하신 실증 사진을 보완합니다."));
            }
            // The deadline is a real deadline: it lapses by itself a few seconds after loading.
            case SUPPLEMENT_LAPSED -> requestSupplement(id, now.plus(5, ChronoUnit.SECONDS));
            case WITHDRAWN -> commands.as("applicant", "APPLICANT",
                    new WithdrawApplicationCommand(id, "내부 사정으로 다음 공모에 다시 신청"));
            case EXCLUDED -> commands.as("operator", "OPERATOR", new ExcludeApplicationCommand(id,
                    ExclusionReason.SIMPLE_FACILITY, "조명 교체만으로 서비스 운영 구조가 없음"));
            default -> evaluate(id, demo);
        }
    }

    private void evaluate(String id, Case demo) {
        commands.as("operator", "OPERATOR", new AcceptApplicationCommand(id));
        if (demo.target() == Target.ACCEPTED) {
            return;
        }
        DemoEvaluation evaluation = new DemoEvaluation(commands, criteria, ServiceLevel.L1, demo.field(), id,
                demo.target() == Target.NOT_CERTIFIED ? FAILING_SHARE : PASSING_SHARE, DemoEvaluation.COMMITTEE);
        if (demo.target() == Target.DOCUMENT_EVALUATION) {
            evaluation.scoreBy(2);
            return;
        }
        evaluation.scoreBy(DemoEvaluation.COMMITTEE.size());
        evaluation.resolveAndConclude();
        if (demo.target() == Target.SITE_INSPECTION) {
            return;
        }
        evaluation.inspectAndConfirm();
        evaluation.decide(demo.target() == Target.CERTIFIED ? DecisionOutcome.CERTIFIED : DecisionOutcome.NOT_CERTIFIED);
    }

    private void requestSupplement(String id, Instant deadline) {
        commands.as("operator", "OPERATOR", new RequestSupplementCommand(id,
                List.of("현장 실증 사진", "이용 실적 통계 원자료"), deadline));
    }

    private static ApplicationForm form(Case demo) {
        Applicant applicant = new Applicant(demo.organisation(), demo.registrationNumber(), "(가상) 대표자",
                "044-000-0000", "(가상) 세종특별자치시 한누리대로 1", OrganisationType.COMPANY);
        return new ApplicationForm(applicant, List.of(), demo.nameKo(), demo.nameEn(), demo.field(), ServiceLevel.L1,
                "세종특별자치시", "(가상 데이터) " + demo.nameKo() + " 서비스", Map.of(),
                List.of(new EvidenceItem("서비스 운영 보고서", EvidenceType.DOCUMENT, List.of("2.1.1.1"))), List.of());
    }
}
