package kr.smartcity.registry.web.staff.admin;

import java.util.List;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import kr.smartcity.registry.query.api.IntegrityMessages.DailyDigest;
import kr.smartcity.registry.query.api.IntegrityMessages.LatestDigestQuery;
import kr.smartcity.registry.query.api.ProjectionMessages.ProjectionStatus;
import kr.smartcity.registry.query.api.ProjectionMessages.ProjectionStatusQuery;
import kr.smartcity.registry.query.api.ProjectionMessages.RebuildProjectionCommand;
import kr.smartcity.registry.web.staff.StaffCommands;
import kr.smartcity.registry.web.staff.StaffCommands.Sent;

/**
 * 시스템 상태 (시스템 관리자): the build, the data directory, the event store's newest position and the latest published
 * digest, each read model's progress, and rebuilding read models by replay (the same query and command as the admin
 * API). Progress is followed by reloading the page.
 */
@Controller
class AdminSystemPage {

    private final QueryGateway queries;
    private final StaffCommands commands;
    private final String dataDir;
    private final String version;

    AdminSystemPage(QueryGateway queries, StaffCommands commands, @Value("${registry.data-dir:}") String dataDir) {
        this.queries = queries;
        this.commands = commands;
        this.dataDir = dataDir;
        // The packaged jar's manifest names the version; a build run from the IDE or tests has none.
        this.version = AdminSystemPage.class.getPackage().getImplementationVersion();
    }

    @GetMapping("/staff/admin/system")
    String system(Model model) {
        List<ProjectionStatus> projections = projections();
        model.addAttribute("version", version);
        model.addAttribute("dataDir", dataDir);
        model.addAttribute("head", projections.stream().map(ProjectionStatus::head)
                .filter(head -> head != null).max(Long::compare).orElse(null));
        model.addAttribute("digest", queries.query(new LatestDigestQuery(),
                ResponseTypes.optionalInstanceOf(DailyDigest.class)).join().orElse(null));
        model.addAttribute("projections", projections.stream().map(ProjectionView::of).toList());
        return "staff/admin/system";
    }

    /** Rebuilds one read model, or every one when no name is given (one after another, as the API does). */
    @PostMapping("/staff/admin/system/rebuild")
    String rebuild(@RequestParam(required = false) String name, Model model, HttpServletResponse response) {
        List<String> names = name == null || name.isBlank()
                ? projections().stream().map(ProjectionStatus::name).toList() : List.of(name);
        Optional<String> refusal = names.stream()
                .map(each -> commands.<Object>send(new RebuildProjectionCommand(each)))
                .filter(Sent::refused).map(Sent::refusal).findFirst();
        if (refusal.isPresent()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refusal", refusal.get());
        } else {
            model.addAttribute("rebuildStarted", String.join(", ", names));
        }
        return system(model);
    }

    private List<ProjectionStatus> projections() {
        return queries.query(new ProjectionStatusQuery(),
                ResponseTypes.multipleInstancesOf(ProjectionStatus.class)).join();
    }
}
