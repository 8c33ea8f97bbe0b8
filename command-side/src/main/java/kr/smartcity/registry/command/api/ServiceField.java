package kr.smartcity.registry.command.api;

/** 서비스 분야: the twelve fields of the application form (별지 제3호). A round says which it takes. */
public enum ServiceField {
    ADMINISTRATION("행정"),
    TRANSPORT("교통"),
    HEALTH_WELFARE("보건·의료·복지"),
    ENVIRONMENT_ENERGY("환경·에너지"),
    CRIME_DISASTER("방범·방재"),
    EDUCATION("교육"),
    FACILITY_MANAGEMENT("시설물관리"),
    CULTURE_TOURISM("문화·관광"),
    SPORTS("스포츠"),
    LOGISTICS("물류"),
    LABOR_EMPLOYMENT("근로·고용"),
    HOUSING("주거");

    private final String nameKo;

    ServiceField(String nameKo) {
        this.nameKo = nameKo;
    }

    public String nameKo() {
        return nameKo;
    }
}
