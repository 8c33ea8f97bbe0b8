package kr.smartcity.registry.infra.projections;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
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
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "rebuild-watch");
        thread.setDaemon(true);
        return thread;
    });

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

    /**
     * Notes the end of the replay, so the status list can tell how long it took and at what rate: the processor's
     * progress is looked at every {@value #WATCH_INTERVAL_MS} ms until it has caught up.
     */
    private void watch(String name, StreamingEventProcessor processor) {
        CompletableFuture<Void> ended = new CompletableFuture<>();
        ScheduledFuture<?> look = watcher.scheduleWithFixedDelay(() -> {
            if (!ended.isDone() && ProcessorProgress.replayEnded(processor)) {
                Long position = ProcessorProgress.of(processor).position();
                RebuildResult result = runs.finished(name, position == null ? 0 : position);
                log.info("Projection {} rebuilt: {} events in {} ms ({} events/s)", name, result.events(),
                        Duration.between(result.startedAt(), result.finishedAt()).toMillis(),
                        result.eventsPerSecond());
                ended.complete(null);
            }
        }, WATCH_INTERVAL_MS, WATCH_INTERVAL_MS, TimeUnit.MILLISECONDS);
        ended.thenRun(() -> look.cancel(false));
    }

    @PreDestroy
    void stopWatching() {
        watcher.shutdownNow();
    }

    /** Thrown as the details of the failure, which is what reaches the web layer also across Axon Server. */
    private static CommandExecutionException refused(Refusal.Kind kind, String message) {
        return new CommandExecutionException(message, null, new Refusal(kind, message));
    }
}
