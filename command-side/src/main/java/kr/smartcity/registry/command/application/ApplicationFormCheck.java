package kr.smartcity.registry.command.application;

import java.math.BigDecimal;
import java.util.Map;

import kr.smartcity.registry.command.api.Applicant;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationForm;
import kr.smartcity.registry.command.api.ApplicationMessages.EvidenceItem;
import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.scoring.IndicatorAllotments;

/**
 * Checks a submitted form (별지 제3호 / 제5호, 자체평가표, evidence list) against the criteria version it is
 * evaluated under; the first fault found is refused with a message naming it.
 */
final class ApplicationFormCheck {

    private ApplicationFormCheck() {
    }

    static void check(ApplicationForm form, IndicatorAllotments allotments) {
        requireText(form.serviceNameKo(), "서비스 명칭(한글)", "Korean service name");
        requireApplicant(form.representative(), "대표 신청인", "representative applicant");
        form.jointApplicants().forEach(joint -> requireApplicant(joint, "공동 신청인", "joint applicant"));
        checkSelfEvaluation(form.selfEvaluation(), allotments);
        form.evidence().forEach(item -> checkEvidence(item, allotments));
        checkConstituents(form);
    }

    /** 자체평가표: each indicator within its allotment for the level and field (the refusal names the code). */
    private static void checkSelfEvaluation(Map<String, BigDecimal> selfEvaluation, IndicatorAllotments allotments) {
        selfEvaluation.forEach(allotments::within);
    }

    private static void checkEvidence(EvidenceItem item, IndicatorAllotments allotments) {
        requireText(item.title(), "근거자료 제목", "evidence title");
        item.indicatorCodes().forEach(allotments::enterable);
    }

    /** L2 / L3 are built from several services one level down (복수의 단위 서비스, 여러 네트워크 연계 서비스). */
    private static void checkConstituents(ApplicationForm form) {
        int count = form.constituents().size();
        if (form.level() == ServiceLevel.L1 && count > 0) {
            throw new CommandRefusedException("단위 서비스에는 구성 서비스가 없습니다. / An L1 service has no constituents.");
        }
        if (form.level() != ServiceLevel.L1 && count < 2) {
            throw new CommandRefusedException(form.level().nameKo() + "는 구성 서비스가 둘 이상이어야 합니다. / An "
                    + form.level() + " service names at least two constituent services.");
        }
        form.constituents().forEach(c -> requireText(c.nameKo(), "구성 서비스 명칭", "constituent service name"));
    }

    private static void requireApplicant(Applicant applicant, String roleKo, String roleEn) {
        if (applicant == null) {
            throw new CommandRefusedException(roleKo + " 정보가 없습니다. / The " + roleEn + " is missing.");
        }
        requireText(applicant.organisationName(), roleKo + " 기관명", roleEn + " organisation name");
        if (!BusinessRegistrationNumber.isValid(applicant.businessRegistrationNumber())) {
            throw new CommandRefusedException(roleKo + "의 사업자등록번호가 올바르지 않습니다(검증번호 불일치). / The "
                    + roleEn + "'s business registration number fails its check digit.");
        }
    }

    private static void requireText(String text, String nameKo, String nameEn) {
        if (text == null || text.isBlank()) {
            throw new CommandRefusedException(nameKo + "을(를) 입력해야 합니다. / The " + nameEn + " is required.");
        }
    }
}
