package kr.smartcity.registry.command.api;

/** 인증여부 결정 by the ministry. */
public enum DecisionOutcome {
    CERTIFIED("인증"),
    NOT_CERTIFIED("미인증");

    private final String nameKo;

    DecisionOutcome(String nameKo) {
        this.nameKo = nameKo;
    }

    public String nameKo() {
        return nameKo;
    }
}
