package kr.smartcity.registry.infra.projections;

import java.time.Duration;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.Refusal;
import kr.smartcity.registry.infra.readstore.ReadStoreCommits;
import kr.smartcity.registry.query.api.ProjectionMessages.RebuildProjectionCommand;
import kr.smartcity.registry.query.api.ProjectionMessages.RebuildResult;

/**
 * Rebuilds a projection: stops its processor, resets its tokens (the projection's {@code @ResetHandler} empties its
 * read model) and starts it again, after which it replays every event. Returns once the replay has begun.
 */
@Component
@ConditionalOnExpression("'${registry.roles}'.contains('query')")
class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final long WATCH_INTERVAL_MS = 100;

    private final EventProcessingConfiguration processing;
    private final ObjectProvider<ReadStoreCommits> embeddedReadStore;
    private final RebuildRuns runs;

    ProjectionRebuilds(EventProcessingConfiguration processing, ObjectProvider<ReadStoreCommits> embeddedReadStore,
                       RebuildRuns runs) {
        this.processing = processing;
        this.embeddedReadStore = embeddedReadStore;
        this.runs = runs;
    }

    /** One rebuild at a time on this node, so two requests cannot both pass the check below. */
    @CommandHandler
    synchronized void handle(RebuildProjectionCommand command) {
        StreamingEventProcessor processor = processing.eventProcessor(command.name(), StreamingEventProcessor.class)
                .orElseThrow(() -> refused(Refusal.Kind.NOT_FOUND, "없는 프로젝션입니다: " + command.name()
                        + " / No projection named " + command.name() + "."));
        if (ProcessorProgress.of(processor).rebuilding()) {
            throw refused(Refusal.Kind.REFUSED, "이미 재구축 중입니다: " + command.name()
                    + " / " + command.name() + " is already being rebuilt.");
        }
        log.info("Rebuilding projection {}", command.name());
        processor.shutDown();
        try {
            ReadStoreCommits commits = embeddedReadStore.getIfAvailable();
            if (commits == null) {
                processor.resetTokens();
            } else {
                commits.commitAfter(processor::resetTokens);
            }
        } finally {
            runs.started(command.name());
            processor.start();
        }
        watch(command.name(), processor);
    }

    /** Notes the end of the replay, so the status list can tell how long it took and at what rate. */
    private void watch(String name, StreamingEventProcessor processor) {
        Thread watcher = new Thread(() -> {
            try {
                while (!ProcessorProgress.replayEnded(processor)) {
                    Thread.sleep(WATCH_INTERVAL_MS);
                }
                Long position = ProcessorProgress.of(processor).position();
                RebuildResult result = runs.finished(name, position == null ? 0 : position);
                log.info("Projection {} rebuilt: {} events in {} ms ({} events/s)", name, result.events(),
                        Duration.between(result.startedAt(), result.finishedAt()).toMillis(),
                        result.eventsPerSecond());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "rebuild-watch-" + name);
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Thrown as the details of the failure, which is what reaches the web layer also across Axon Server. */
    private static CommandExecutionException refused(Refusal.Kind kind, String message) {
        return new CommandExecutionException(message, null, new Refusal(kind, message));
    }
}
