package kr.smartcity.registry.web.staff.ministry;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ProposedAction;
import kr.smartcity.registry.query.api.MonitoringQueries.ProposedActionItem;

/** An open proposal as the pages show it, its time in Korean local time. Public for the monitor's pages too. */
public record ProposalView(String certificateNumber, String serviceNameKo, CertificationStatus status,
                           ProposedAction action, String reason, String proposedBy, String proposedAt) {

    public static ProposalView of(ProposedActionItem item) {
        return new ProposalView(item.certificateNumber(), item.serviceNameKo(), item.status(), item.action(),
                item.reason(), item.proposedBy(), AuditTable.time(item.proposedAt()));
    }
}
