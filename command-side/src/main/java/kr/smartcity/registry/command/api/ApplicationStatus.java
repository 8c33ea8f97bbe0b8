package kr.smartcity.registry.command.api;

/**
 * Where an application stands (DESIGN §4). Preliminary review (예비검토) is the operator's act on a SUBMITTED
 * application; its outcomes are ACCEPTED, SUPPLEMENT_REQUESTED or EXCLUDED.
 */
public enum ApplicationStatus {
    SUBMITTED("접수"),
    SUPPLEMENT_REQUESTED("보완 요청"),
    SUPPLEMENTED("보완 제출"),
    SUPPLEMENT_LAPSED("보완 기한 경과"),
    ACCEPTED("예비검토 통과"),
    DOCUMENT_EVALUATION("서면평가"),
    SITE_INSPECTION("현장실사"),
    DECIDED("인증여부 결정"),
    WITHDRAWN("신청 철회"),
    EXCLUDED("평가 제외");

    private final String nameKo;

    ApplicationStatus(String nameKo) {
        this.nameKo = nameKo;
    }

    public String nameKo() {
        return nameKo;
    }
}
