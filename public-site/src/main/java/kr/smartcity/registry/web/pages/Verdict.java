package kr.smartcity.registry.web.pages;

import java.time.LocalDate;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.query.api.RegistryQueries.Verification;

/** 진위확인 result in the reader's terms, labelled by {@code verify.verdict.*}. */
enum Verdict {
    VALID,
    VALID_UNDER_RE_REVIEW,
    /** A renewal's new certificate before its first day. */
    NOT_YET_VALID,
    SUSPENDED,
    REVOKED,
    /** Expired, or past its last day while the expiry is yet to be recorded. */
    EXPIRED,
    UNKNOWN;

    static Verdict of(Verification verification, LocalDate today) {
        return switch (verification.status()) {
            case SUSPENDED -> SUSPENDED;
            case REVOKED -> REVOKED;
            case EXPIRED -> EXPIRED;
            case ACTIVE, RE_REVIEW -> {
                if (verification.valid()) {
                    yield verification.status() == CertificationStatus.RE_REVIEW
                            ? VALID_UNDER_RE_REVIEW : VALID;
                }
                yield today.isBefore(verification.validFrom()) ? NOT_YET_VALID : EXPIRED;
            }
        };
    }

    public boolean inForce() {
        return this == VALID || this == VALID_UNDER_RE_REVIEW;
    }
}
