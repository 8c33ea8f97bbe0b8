package kr.smartcity.registry.infra.projections;

import java.util.Collection;
import java.util.OptionalLong;
import java.util.function.Function;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * How far an event processor's segments have come, taken together: the slowest segment's position, and while they
 * replay, the position they replay up to (where the processor stood when its tokens were reset).
 */
record ProcessorProgress(Long position, Long replayTarget) {

    static ProcessorProgress of(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        return new ProcessorProgress(
                extreme(segments, EventTrackerStatus::getCurrentPosition, false),
                extreme(segments, EventTrackerStatus::getResetPosition, true));
    }

    /**
     * Axon marks a processor as replaying until it sees an event newer than the reset position; one that has
     * replayed every event up to that position has finished rebuilding its projection.
     */
    boolean rebuilding() {
        return replayTarget != null && (position == null || position < replayTarget);
    }

    /**
     * Whether a processor started for a replay has finished it: its segments are claimed again and none replays
     * (or all have passed the reset position). A replay too short to be seen counts as ended once claimed.
     */
    static boolean replayEnded(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        return !segments.isEmpty()
                && (segments.stream().noneMatch(EventTrackerStatus::isReplaying) || !of(processor).rebuilding());
    }

    private static Long extreme(Collection<EventTrackerStatus> segments,
                                Function<EventTrackerStatus, OptionalLong> position, boolean highest) {
        return segments.stream().map(position).filter(OptionalLong::isPresent).map(OptionalLong::getAsLong)
                .reduce(highest ? Math::max : Math::min).orElse(null);
    }
}
