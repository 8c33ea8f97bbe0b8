package kr.smartcity.registry.command.api;

/** 평가 제외 사유: the seed's exclusions (§2.5) and the unclear documents left after a lapsed supplement (§4.3). */
public enum ExclusionReason {
    /** 장치/제품: a stand-alone device or product is not a certification target. */
    DEVICE_OR_PRODUCT("장치/제품", true),
    /** R&D 시제품. */
    RND_PROTOTYPE("R&D 시제품", true),
    /** 단순 시설물 (e.g. bus shelters, crosswalks). */
    SIMPLE_FACILITY("단순 시설물", true),
    /** 보완 미제출 후 서류 불명확: only once a supplement request has lapsed. */
    DOCUMENTS_UNCLEAR_AFTER_LAPSE("보완 미제출·서류 불명확", false);

    private final String nameKo;
    private final boolean notATarget;

    ExclusionReason(String nameKo, boolean notATarget) {
        this.nameKo = nameKo;
        this.notATarget = notATarget;
    }

    public String nameKo() {
        return nameKo;
    }

    /** True for the exclusions of what may be certified (인증대상 아님), found at preliminary review. */
    public boolean notATarget() {
        return notATarget;
    }
}
