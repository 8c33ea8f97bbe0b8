package kr.smartcity.registry.infra;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import kr.smartcity.registry.command.api.Seoul;

/** Request bodies of the staff API, as an operator's or applicant's client would send them. */
final class Requests {

    private Requests() {
    }

    static String announceRound(String roundId, Instant opens, Instant closes) {
        return """
                {"roundId": "%s", "criteriaVersion": "2023",
                 "eligibleFields": ["TRANSPORT", "ENVIRONMENT_ENERGY"],
                 "submissionOpensAt": "%s", "submissionClosesAt": "%s"}
                """.formatted(roundId, seoul(opens), seoul(closes));
    }

    static String application(String serviceNameKo) {
        return """
                {"representative": {"organisationName": "스마트교통(주)", "businessRegistrationNumber": "220-81-62517",
                                    "representativeName": "홍길동", "phone": "02-123-4567",
                                    "address": "세종특별자치시 도움6로 11", "organisationType": "COMPANY"},
                 "serviceNameKo": "%s", "serviceNameEn": "Smart crossing", "field": "TRANSPORT", "level": "L1",
                 "region": "세종특별자치시"}
                """.formatted(serviceNameKo);
    }

    /**
     * 기존 인증 이관: a certification from before the system, for {@code POST /api/v1/certifications/imports}
     * as the ministry; an L2 transport service of two holders.
     */
    static String importedCertification(String number, String serviceNameKo, LocalDate from, LocalDate until) {
        return """
                {"certificateNumber": "%s", "roundId": "2022", "holderNames": ["스마트교통(주)", "세종특별자치시"],
                 "serviceNameKo": "%s", "serviceNameEn": "Smart crossing", "field": "TRANSPORT", "level": "L2",
                 "region": "세종특별자치시", "areaScores": {"1": 24, "2": 38.5, "3": 15}, "totalScore": 77.5,
                 "validFrom": "%s", "validUntil": "%s"}
                """.formatted(number, serviceNameKo, from, until);
    }

    /** Korean local time, as the API takes it; second precision so a window can close within a test. */
    private static LocalDateTime seoul(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), Seoul.ZONE);
    }
}
