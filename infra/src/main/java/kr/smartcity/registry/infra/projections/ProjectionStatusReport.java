package kr.smartcity.registry.infra.projections;

import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.query.api.ProjectionMessages.ProjectionStatus;
import kr.smartcity.registry.query.api.ProjectionMessages.ProjectionStatusQuery;
import kr.smartcity.registry.query.api.ProjectionMessages.RebuildProgress;

/** How far each projection's event processor has come, against the head of the event store. */
@Component
@ConditionalOnExpression("'${registry.roles}'.contains('query')")
class ProjectionStatusReport {

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final RebuildRuns runs;

    ProjectionStatusReport(EventProcessingConfiguration processing, EventStore events, RebuildRuns runs) {
        this.processing = processing;
        this.events = events;
        this.runs = runs;
    }

    @QueryHandler
    List<ProjectionStatus> handle(ProjectionStatusQuery query) {
        TrackingToken headToken = events.createHeadToken();
        Long head = headToken == null || headToken.position().isEmpty() ? null : headToken.position().getAsLong();
        return processing.eventProcessors().entrySet().stream()
                .filter(named -> named.getValue() instanceof StreamingEventProcessor)
                .sorted(Map.Entry.comparingByKey())
                .map(named -> status(named.getKey(), (StreamingEventProcessor) named.getValue(), head))
                .toList();
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, Long head) {
        ProcessorProgress progress = ProcessorProgress.of(processor);
        String state = processor.isError() ? "error"
                : !processor.isRunning() ? "stopped"
                : progress.rebuilding() ? "replaying" : "running";
        return new ProjectionStatus(name, state, progress.position(), head,
                progress.rebuilding() ? rebuild(name, progress) : null, runs.last(name).orElse(null));
    }

    private RebuildProgress rebuild(String name, ProcessorProgress progress) {
        return runs.progress(name, progress.position() == null ? 0 : progress.position(), progress.replayTarget());
    }
}
