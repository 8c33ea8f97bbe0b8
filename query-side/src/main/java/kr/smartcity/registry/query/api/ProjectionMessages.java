package kr.smartcity.registry.query.api;

import java.time.Instant;
import java.util.List;

/**
 * Administration of the read side (admin): how far each projection's event processor has come, and rebuilding a
 * projection by replaying every event into an emptied read model.
 */
public final class ProjectionMessages {

    private ProjectionMessages() {
    }

    /** Answered with a {@code List<ProjectionStatus>}, one per event processor, by name. */
    public record ProjectionStatusQuery() {
    }

    /**
     * {@code status} is running, replaying, stopped or error; {@code position} is the lowest event-store position
     * its segments have processed (null until a segment is claimed), {@code head} the newest position in the
     * event store; {@code rebuild} is set while it replays; {@code lastRebuild} tells how the last rebuild on this
     * node went (null if none since start).
     */
    public record ProjectionStatus(String name, String status, Long position, Long head, RebuildProgress rebuild,
                                   RebuildResult lastRebuild) {
    }

    /**
     * Positions replayed of those there were when the rebuild began, the rate so far and the time left at that
     * rate. Positions count events; gaps left by rolled-back transactions make the numbers approximate, never the
     * result.
     */
    public record RebuildProgress(long done, long total, int percent, long eventsPerSecond, Long secondsLeft) {
    }

    /** A finished rebuild: when it began and ended, the positions it replayed, and the rate. */
    public record RebuildResult(Instant startedAt, Instant finishedAt, long events, long eventsPerSecond) {
    }

    /**
     * Empties the projection's read model and replays every event into it; refused while it is already being
     * rebuilt, and for an unknown name.
     */
    public record RebuildProjectionCommand(String name) {
    }
}
