package kr.smartcity.registry.web.staff.admin;

import java.time.LocalDateTime;

import kr.smartcity.registry.query.api.ProjectionMessages.ProjectionStatus;
import kr.smartcity.registry.query.api.ProjectionMessages.RebuildProgress;

/** A read model's status as the system page shows it: the last rebuild's end in Korean time. */
record ProjectionView(String name, String status, Long position, Long head, RebuildProgress rebuild,
                      LocalDateTime lastRebuildAt, Long lastRebuildEvents) {

    static ProjectionView of(ProjectionStatus status) {
        var last = status.lastRebuild();
        return new ProjectionView(status.name(), status.status(), status.position(), status.head(), status.rebuild(),
                last == null ? null : AccountView.seoul(last.finishedAt()), last == null ? null : last.events());
    }
}
