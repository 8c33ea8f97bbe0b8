package kr.smartcity.registry.infra.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

/** A processor rebuilds while its slowest segment has not yet replayed up to where the reset found it. */
class ProcessorProgressTest {

    private static EventTrackerStatus segment(long position, Long resetPosition) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getCurrentPosition()).thenReturn(OptionalLong.of(position));
        when(status.getResetPosition()).thenReturn(
                resetPosition == null ? OptionalLong.empty() : OptionalLong.of(resetPosition));
        return status;
    }

    private static EventTrackerStatus replaying(long position, boolean replaying) {
        EventTrackerStatus status = segment(position, 100L);
        when(status.isReplaying()).thenReturn(replaying);
        return status;
    }

    private static ProcessorProgress of(EventTrackerStatus... segments) {
        return ProcessorProgress.of(processor(segments));
    }

    private static StreamingEventProcessor processor(EventTrackerStatus... segments) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        Map<Integer, EventTrackerStatus> status = new HashMap<>();
        for (int i = 0; i < segments.length; i++) {
            status.put(i, segments[i]);
        }
        when(processor.processingStatus()).thenReturn(status);
        return processor;
    }

    @Test
    void theSlowestSegmentTellsHowFarTheReplayHasCome() {
        ProcessorProgress progress = of(segment(40, 100L), segment(70, 100L));
        assertThat(progress).isEqualTo(new ProcessorProgress(40L, 100L));
        assertThat(progress.rebuilding()).isTrue();
    }

    @Test
    void aReplayThatReachedItsTargetIsDoneThoughAxonStillMarksItReplaying() {
        assertThat(of(segment(100, 100L)).rebuilding()).isFalse();
    }

    @Test
    void aProcessorWithoutResetPositionIsNotRebuilding() {
        assertThat(of(segment(100, null)).rebuilding()).isFalse();
        assertThat(of().position()).isNull();
    }

    @Test
    void aReplayEndsWhenNoClaimedSegmentReplaysAnyMoreOrAllHaveReachedTheTarget() {
        assertThat(ProcessorProgress.replayEnded(processor())).as("not yet claimed after the restart").isFalse();
        assertThat(ProcessorProgress.replayEnded(processor(replaying(40, true)))).isFalse();
        assertThat(ProcessorProgress.replayEnded(processor(replaying(100, true)))).isTrue();
        assertThat(ProcessorProgress.replayEnded(processor(replaying(120, false)))).isTrue();
    }
}
