package kr.smartcity.registry.query.api;

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
     * event store; {@code rebuild} is set while it replays.
     */
    public record ProjectionStatus(String name, String status, Long position, Long head, RebuildProgress rebuild) {
    }

    /**
     * Positions replayed of those there were when the rebuild began. Positions count events; gaps left by
     * rolled-back transactions make the numbers approximate, never the result.
     */
    public record RebuildProgress(long done, long total, int percent) {
    }

    /**
     * Empties the projection's read model and replays every event into it; refused while it is already being
     * rebuilt, and for an unknown name.
     */
    public record RebuildProjectionCommand(String name) {
    }
}
