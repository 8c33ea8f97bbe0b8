package kr.smartcity.registry.infra.projections;

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

/**
 * Rebuilds a projection: stops its processor, resets its tokens (the projection's {@code @ResetHandler} empties its
 * read model) and starts it again, after which it replays every event. Returns once the replay has begun.
 */
@Component
@ConditionalOnExpression("'${registry.roles}'.contains('query')")
class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final EventProcessingConfiguration processing;
    private final ObjectProvider<ReadStoreCommits> embeddedReadStore;

    ProjectionRebuilds(EventProcessingConfiguration processing, ObjectProvider<ReadStoreCommits> embeddedReadStore) {
        this.processing = processing;
        this.embeddedReadStore = embeddedReadStore;
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
            processor.start();
        }
    }

    /** Thrown as the details of the failure, which is what reaches the web layer also across Axon Server. */
    private static CommandExecutionException refused(Refusal.Kind kind, String message) {
        return new CommandExecutionException(message, null, new Refusal(kind, message));
    }
}
