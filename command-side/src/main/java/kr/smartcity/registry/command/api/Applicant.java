package kr.smartcity.registry.command.api;

/** 신청인 as on 별지 제3호 (대표 신청인) and 별지 제5호 (공동 신청인). */
public record Applicant(
        String organisationName,
        String businessRegistrationNumber,
        String representativeName,
        String phone,
        String address,
        OrganisationType organisationType) {
}
