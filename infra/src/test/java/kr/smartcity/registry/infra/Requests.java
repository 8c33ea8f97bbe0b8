package kr.smartcity.registry.infra;

import java.time.Instant;
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

    /** Korean local time, as the API takes it; second precision so a window can close within a test. */
    private static LocalDateTime seoul(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), Seoul.ZONE);
    }
}
