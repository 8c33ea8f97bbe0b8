package kr.smartcity.registry.infra.projections;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.query.api.ProjectionMessages.RebuildProgress;
import kr.smartcity.registry.query.api.ProjectionMessages.RebuildResult;

/** When each rebuild on this node began and, once it has, ended: what its rate and time left are measured by. */
@Component
@ConditionalOnExpression("'${registry.roles}'.contains('query')")
class RebuildRuns {

    private record Run(Instant startedAt, Instant finishedAt, long events) {
    }

    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final Clock clock;

    RebuildRuns(Clock clock) {
        this.clock = clock;
    }

    void started(String projection) {
        runs.put(projection, new Run(clock.instant(), null, 0));
    }

    RebuildResult finished(String projection, long events) {
        Run run = runs.computeIfPresent(projection,
                (name, started) -> new Run(started.startedAt(), clock.instant(), events));
        return result(run);
    }

    /** How far a replay has come, with the rate since it began on this node (zero if it began elsewhere). */
    RebuildProgress progress(String projection, long done, long total) {
        Run run = runs.get(projection);
        long perSecond = run == null || run.finishedAt() != null ? 0
                : perSecond(done, Duration.between(run.startedAt(), clock.instant()));
        return new RebuildProgress(done, total, (int) (done * 100 / Math.max(total, 1)), perSecond,
                perSecond == 0 ? null : (total - done) / perSecond);
    }

    Optional<RebuildResult> last(String projection) {
        return Optional.ofNullable(runs.get(projection)).filter(run -> run.finishedAt() != null).map(this::result);
    }

    private RebuildResult result(Run run) {
        return new RebuildResult(run.startedAt(), run.finishedAt(), run.events(),
                perSecond(run.events(), Duration.between(run.startedAt(), run.finishedAt())));
    }

    private static long perSecond(long events, Duration taken) {
        return taken.toMillis() == 0 ? events : events * 1000 / taken.toMillis();
    }
}
