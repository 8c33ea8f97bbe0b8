package kr.smartcity.registry.command.criteria.rules;

/** 언론보도 매체 분류 (S-111 매체기준). */
public enum PressGroup {
    /** 가군: national broadcasters, major dailies, world wire services, major G7/China/Asia-Pacific media. */
    GA("가군"),
    /** 나군: other Korean dailies, agencies and broadcasters, other G7/G20/ASEAN and partner-country media. */
    NA("나군"),
    /** 다군: every other registered press outlet. */
    DA("다군");

    private final String nameKo;

    PressGroup(String nameKo) {
        this.nameKo = nameKo;
    }

    public String nameKo() {
        return nameKo;
    }
}
