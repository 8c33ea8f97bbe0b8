package kr.smartcity.registry.command.api;

/**
 * 조치 제안: what monitoring staff may propose to the ministry for a certification; the ministry carries it out with
 * its own command (suspend, reinstate, revoke) or declines it.
 */
public enum ProposedAction {
    SUSPENSION("효력정지"),
    REINSTATEMENT("효력정지 해제"),
    REVOCATION("인증취소");

    private final String nameKo;

    ProposedAction(String nameKo) {
        this.nameKo = nameKo;
    }

    public String nameKo() {
        return nameKo;
    }
}
