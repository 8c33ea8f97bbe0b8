package kr.smartcity.registry.command.decision;

import java.util.EnumMap;
import java.util.Map;

import kr.smartcity.registry.command.api.ServiceField;

/**
 * 인증번호 체계, stable once published: {@code SCS-<award year>-<field code>-<4-digit sequence>}, e.g.
 * {@code SCS-2023-TR-0001}. The sequence runs per award year across all fields, so the number is unique by year and
 * sequence alone; the field code only tells a reader the field. Field codes (two letters, never reused):
 * <pre>
 * AD 행정 Administration           TR 교통 Transport               HW 보건·의료·복지 Health and welfare
 * EE 환경·에너지 Environment/energy CD 방범·방재 Crime/disaster      ED 교육 Education
 * FM 시설물관리 Facility management  CT 문화·관광 Culture/tourism    SP 스포츠 Sports
 * LG 물류 Logistics                LE 근로·고용 Labour/employment   HO 주거 Housing
 * </pre>
 */
public final class CertificateNumberFormat {

    /** The highest sequence a 4-digit number can hold in one year. */
    public static final int MAX_SEQUENCE = 9999;

    private static final Map<ServiceField, String> FIELD_CODES = new EnumMap<>(Map.ofEntries(
            Map.entry(ServiceField.ADMINISTRATION, "AD"),
            Map.entry(ServiceField.TRANSPORT, "TR"),
            Map.entry(ServiceField.HEALTH_WELFARE, "HW"),
            Map.entry(ServiceField.ENVIRONMENT_ENERGY, "EE"),
            Map.entry(ServiceField.CRIME_DISASTER, "CD"),
            Map.entry(ServiceField.EDUCATION, "ED"),
            Map.entry(ServiceField.FACILITY_MANAGEMENT, "FM"),
            Map.entry(ServiceField.CULTURE_TOURISM, "CT"),
            Map.entry(ServiceField.SPORTS, "SP"),
            Map.entry(ServiceField.LOGISTICS, "LG"),
            Map.entry(ServiceField.LABOR_EMPLOYMENT, "LE"),
            Map.entry(ServiceField.HOUSING, "HO")));

    private CertificateNumberFormat() {
    }

    public static String fieldCode(ServiceField field) {
        return FIELD_CODES.get(field);
    }

    public static String format(int year, ServiceField field, int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return String.format("SCS-%04d-%s-%04d", year, fieldCode(field), sequence);
    }
}
