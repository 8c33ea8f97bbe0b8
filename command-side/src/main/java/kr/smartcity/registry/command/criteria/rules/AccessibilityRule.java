package kr.smartcity.registry.command.criteria.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 3.1.2.1 (S-312) 웹/모바일 접근성 인증, from an accredited body: valid on the submission deadline → 3; obtained
 * before but expired and not renewed → 2; no certification but measures for disabled or elderly users with a
 * self-assessment (별표 1) → 1 by committee resolution (withheld).
 */
public final class AccessibilityRule implements IndicatorRule<AccessibilityRule.Facts> {

    public enum CertificateKind {
        WEB,
        MOBILE,
        SOFTWARE
    }

    public record Certificate(CertificateKind kind, LocalDate issuedOn, LocalDate validUntil) {
    }

    public record Facts(List<Certificate> certificates, boolean selfAssessmentWithMeasures) implements Evidence {
        public Facts {
            certificates = List.copyOf(certificates);
        }
    }

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        LocalDate deadline = context.submissionDeadline();
        List<Suggestion> types = new ArrayList<>();
        for (Certificate certificate : facts.certificates()) {
            if (certificate.issuedOn().isAfter(deadline)) {
                types.add(Suggestion.none(certificate.kind() + " 마감 후 취득 / obtained after the deadline"));
            } else if (certificate.validUntil().isBefore(deadline)) {
                types.add(Suggestion.of(2, certificate.kind() + " 인증 만료 " + certificate.validUntil()));
            } else {
                types.add(Suggestion.of(3, certificate.kind() + " 인증 유효 ~" + certificate.validUntil()));
            }
        }
        if (facts.selfAssessmentWithMeasures()) {
            types.add(Suggestion.withheld("자체평가: 평가위원회 의결로 1점 / self-assessment: committee"));
        }
        return Suggestion.highestOf(types);
    }
}
