package kr.smartcity.registry.command.api;

/** 추진일정: the milestones a round announces besides its submission window. */
public enum Milestone {
    BRIEFING("설명회"),
    DOCUMENT_EVALUATION("서면평가"),
    SITE_INSPECTION("현장실사"),
    AWARD("인증부여");

    private final String nameKo;

    Milestone(String nameKo) {
        this.nameKo = nameKo;
    }

    public String nameKo() {
        return nameKo;
    }
}
