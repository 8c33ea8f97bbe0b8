package kr.smartcity.registry.infra.generator;

/** The fictional names (가상 데이터) the generated history draws from. */
final class Fictional {

    static final String[] SERVICES = {"스마트 횡단보도", "스마트 가로등", "스마트 주차 안내", "버스정보시스템",
            "스마트 쉼터", "도시통합관제", "스마트 분리수거", "디지털 트윈 관리", "안심 귀갓길", "스마트 도서관"};
    static final String[] SERVICES_EN = {"Smart crosswalk", "Smart streetlight", "Smart parking guide",
            "Bus information system", "Smart shelter", "Integrated city control", "Smart recycling",
            "Digital twin management", "Safe way home", "Smart library"};
    static final String[] REGIONS = {"서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시",
            "대전광역시", "울산광역시", "세종특별자치시", "경기도", "강원특별자치도", "충청북도", "충청남도",
            "전북특별자치도", "전라남도", "경상북도", "경상남도", "제주특별자치도"};
    static final String[] HOLDERS = {"가온시티(주)", "누리교통(주)", "다온에너지(주)", "라온안전(주)",
            "마루데이터(주)", "바다정보(주)", "사랑시", "아름군", "자람구", "하늘시"};

    private Fictional() {
    }
}
