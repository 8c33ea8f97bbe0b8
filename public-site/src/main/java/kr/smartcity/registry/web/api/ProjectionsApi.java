package kr.smartcity.registry.web.api;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import kr.smartcity.registry.query.api.ProjectionMessages.ProjectionStatus;
import kr.smartcity.registry.query.api.ProjectionMessages.ProjectionStatusQuery;
import kr.smartcity.registry.query.api.ProjectionMessages.RebuildProjectionCommand;

/** Admin API: each projection's progress, and rebuilding one by replay (follow it on the status list). */
@RestController
@RequestMapping("/api/v1/admin/projections")
class ProjectionsApi {

    private final CommandGateway commands;
    private final QueryGateway queries;

    ProjectionsApi(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    List<ProjectionStatus> list() {
        return queries.query(new ProjectionStatusQuery(), ResponseTypes.multipleInstancesOf(ProjectionStatus.class))
                .join();
    }

    /** 202 with the projections whose replays have begun: every one, one after another; 409 if one is already being rebuilt. */
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<String> rebuildAll() {
        List<String> names = list().stream().map(ProjectionStatus::name).toList();
        names.forEach(this::rebuild);
        return names;
    }

    /** 202: the replay has begun; 404 for an unknown name, 409 while it is already being rebuilt. */
    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void rebuild(@PathVariable String name) {
        commands.sendAndWait(new RebuildProjectionCommand(name));
    }
}
