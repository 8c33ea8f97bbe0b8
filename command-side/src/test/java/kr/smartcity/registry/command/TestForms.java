package kr.smartcity.registry.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import kr.smartcity.registry.command.api.Applicant;
import kr.smartcity.registry.command.api.ApplicationKind;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationForm;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationSubmittedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ConstituentService;
import kr.smartcity.registry.command.api.ApplicationMessages.EvidenceItem;
import kr.smartcity.registry.command.api.EvidenceType;
import kr.smartcity.registry.command.api.OrganisationType;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/** Application forms and dates of the 2023 call, shared by the aggregate tests. */
public final class TestForms {

    /** 2023 공모: 2023-10-24 09:00 → 2023-10-26 18:00 KST. */
    public static final Instant OPENS = seoul(2023, 10, 24, 9, 0);
    public static final Instant CLOSES = seoul(2023, 10, 26, 18, 0);
    public static final Instant SUBMITTED_AT = seoul(2023, 10, 25, 14, 0);
    public static final Applicant APPLICANT = new Applicant("스마트교통(주)", "220-81-62517", "홍길동",
            "02-123-4567", "세종특별자치시 도움6로 11", OrganisationType.COMPANY);
    public static final Applicant JOINT = new Applicant("세종특별자치시", "220-81-62517", "최민호",
            "044-300-0000", "세종특별자치시 한누리대로 2130", OrganisationType.LOCAL_GOVERNMENT);

    private TestForms() {
    }

    public static Instant seoul(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(Seoul.ZONE).toInstant();
    }

    /** An L1 transport service with one joint applicant, a self-evaluation and an evidence list. */
    public static ApplicationForm unitService(Map<String, BigDecimal> selfEvaluation) {
        return new ApplicationForm(APPLICANT, List.of(JOINT), "스마트 횡단보도", "Smart crosswalk",
                ServiceField.TRANSPORT, ServiceLevel.L1, "세종특별자치시", "보행자 감지 및 차량 경고", selfEvaluation,
                List.of(new EvidenceItem("시민 인지도 조사 보고서", EvidenceType.SURVEY, List.of("1.1.1.1"))), List.of());
    }

    public static ApplicationForm unitService() {
        return unitService(Map.of("1.1.1.1", new BigDecimal("3")));
    }

    /** An L2 transport service of two unit services, one certified earlier with its composition score. */
    public static ApplicationForm networkService() {
        return new ApplicationForm(APPLICANT, List.of(), "통합 교통 관제", "Integrated traffic control",
                ServiceField.TRANSPORT, ServiceLevel.L2, "세종특별자치시", "교차로 단위 서비스 통합", Map.of(), List.of(),
                List.of(new ConstituentService("스마트 횡단보도", "Smart crosswalk", "SCS-2021-TR-0003",
                                new BigDecimal("40")),
                        new ConstituentService("스마트 정류장", "Smart bus stop", null, null)));
    }

    /** The event of {@code form} submitted as a NEW application of round 2023 at {@link #SUBMITTED_AT}. */
    public static ApplicationSubmittedEvent submitted(String applicationId, ApplicationForm form) {
        return new ApplicationSubmittedEvent(applicationId, "2023", form.representative(), form.serviceNameKo(),
                form.serviceNameEn(), form.field(), form.level(), form.region(), SUBMITTED_AT, ApplicationKind.NEW,
                null, "2023", CLOSES, form.jointApplicants(), form.description(), form.selfEvaluation(),
                form.evidence(), form.constituents());
    }
}
