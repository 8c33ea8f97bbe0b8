package kr.smartcity.registry.command.api;

/** Status of an awarded certification, as the public registry shows it. */
public enum CertificationStatus {
    ACTIVE("유효"),
    SUSPENDED("효력정지"),
    RE_REVIEW("재심사 중"),
    REVOKED("인증취소"),
    EXPIRED("유효기간 만료");

    private final String nameKo;

    CertificationStatus(String nameKo) {
        this.nameKo = nameKo;
    }

    public String nameKo() {
        return nameKo;
    }
}
