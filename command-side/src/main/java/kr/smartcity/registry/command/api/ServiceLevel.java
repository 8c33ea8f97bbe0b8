package kr.smartcity.registry.command.api;

/** 서비스 인증 레벨: the system structure a service is certified at. */
public enum ServiceLevel {
    /** 단위서비스: devices installed and operated in one facility or place. */
    L1("단위서비스"),
    /** 네트워크 연계 서비스: several unit services run together over a network. */
    L2("네트워크 연계 서비스"),
    /** 데이터 허브기반 서비스: network services linked through a data hub. */
    L3("데이터 허브기반 서비스");

    private final String nameKo;

    ServiceLevel(String nameKo) {
        this.nameKo = nameKo;
    }

    public String nameKo() {
        return nameKo;
    }
}
