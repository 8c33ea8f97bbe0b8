package kr.smartcity.registry.query.monitoring;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.command.api.ProposedAction;

/**
 * A certification's latest proposal (조치 제안), keyed by its number: a certification has at most one open at a time.
 * {@code open} turns false when the ministry declines it or a suspension, reinstatement, revocation or expiry
 * overtakes it.
 */
@Document(OpenProposal.COLLECTION)
record OpenProposal(
        @Id String certificateNumber,
        String serviceNameKo,
        ProposedAction action,
        String reason,
        String proposedBy,
        Instant proposedAt,
        @Indexed boolean open) {

    static final String COLLECTION = "monitoring_proposals";

    OpenProposal closed() {
        return new OpenProposal(certificateNumber, serviceNameKo, action, reason, proposedBy, proposedAt, false);
    }
}
