package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.smartcity.registry.command.api.RoundMessages.SubmissionWindowClosedEvent;

/**
 * End to end over HTTP on the embedded stores: announce a round, submit an application, see it in
 * the read model; restart on the same data directory and see it again, with the round's
 * window-closing deadline, due while the registry was down, fired exactly once after the restart.
 */
class RegistryRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void dataAndDeadlinesSurviveARestart() {
        Instant closes;
        String applicationId;
        try (RunningRegistry registry = RunningRegistry.start(dataDir)) {
            closes = Instant.now().plus(20, ChronoUnit.SECONDS);
            var announced = registry.client().post("/api/v1/rounds", "operator",
                    Requests.announceRound("R-RESTART", closes.minus(1, ChronoUnit.DAYS), closes));
            assertThat(announced.status()).as(announced.body()).isEqualTo(201);

            var submitted = registry.client().post("/api/v1/rounds/R-RESTART/applications", "applicant",
                    Requests.application("스마트 횡단보도"));
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
            applicationId = submitted.json().get("applicationId").asText();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(registry.client().get("/api/v1/applications?roundId=R-RESTART", "operator").body())
                            .contains(applicationId));
            assertThat(windowClosedEvents(registry)).isEmpty();
        }

        await().atMost(Duration.ofSeconds(40)).until(() -> Instant.now().isAfter(closes.plusSeconds(1)));

        try (RunningRegistry registry = RunningRegistry.start(dataDir)) {
            assertThat(registry.client().get("/actuator/health", null).json().get("status").asText())
                    .isEqualTo("UP");
            var pipeline = registry.client().get("/api/v1/applications?roundId=R-RESTART", "operator");
            assertThat(pipeline.json()).hasSize(1);
            assertThat(pipeline.json().get(0).get("applicationId").asText()).isEqualTo(applicationId);
            assertThat(pipeline.json().get(0).get("serviceNameKo").asText()).isEqualTo("스마트 횡단보도");

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(windowClosedEvents(registry)).hasSize(1));

            var late = registry.client().post("/api/v1/rounds/R-RESTART/applications", "applicant",
                    Requests.application("늦은 신청"));
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.json().get("message").asText()).contains("마감");
        }
    }

    private static List<? extends DomainEventMessage<?>> windowClosedEvents(RunningRegistry registry) {
        return registry.bean(EventStore.class).readEvents("R-RESTART").asStream()
                .filter(event -> event.getPayload() instanceof SubmissionWindowClosedEvent)
                .toList();
    }
}
