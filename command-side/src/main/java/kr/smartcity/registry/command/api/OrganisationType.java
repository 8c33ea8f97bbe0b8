package kr.smartcity.registry.command.api;

/** 기관유형 on the application form. */
public enum OrganisationType {
    COMPANY("기업"),
    LOCAL_GOVERNMENT("지자체"),
    PUBLIC_INSTITUTION("공공기관"),
    OTHER("기타");

    private final String nameKo;

    OrganisationType(String nameKo) {
        this.nameKo = nameKo;
    }

    public String nameKo() {
        return nameKo;
    }
}
