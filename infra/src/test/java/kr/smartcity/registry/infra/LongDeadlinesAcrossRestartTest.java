package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.smartcity.registry.command.api.Seoul;

/**
 * A certification's two-year deadlines (re-review three months ahead, then expiry) are kept in
 * the database, survive restarts, and each fires once when it fell due while the registry was
 * down; so does a supplement's deadline (R5). Two years cannot pass in a test: while the registry is stopped, a stored fire time is
 * moved into the past, which is what that downtime looks like to the scheduler.
 */
class LongDeadlinesAcrossRestartTest {

    private static final String NUMBER = "SCS-2026-TR-0900";

    @TempDir
    Path dataDir;

    @Test
    void theReReviewAndTheExpiryFireOnceEachAfterARestart() throws SQLException {
        LocalDate awarded = LocalDate.now(Seoul.ZONE);
        try (RunningRegistry registry = RunningRegistry.start(dataDir)) {
            var imported = registry.client().post("/api/v1/certifications/imports", "ministry", """
                    {"certificateNumber": "%s", "holderNames": ["(가상) 테스트교통(주)"],
                     "serviceNameKo": "장기 기한 시험", "field": "TRANSPORT", "level": "L1",
                     "validFrom": "%s", "validUntil": "%s"}
                    """.formatted(NUMBER, awarded, awarded.plusYears(2).minusDays(1)));
            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        }

        Map<String, Instant> scheduled = fireTimes();
        assertThat(scheduled.get("re-review-opens"))
                .isEqualTo(awarded.plusYears(2).minusMonths(3).atStartOfDay(Seoul.ZONE).toInstant());
        assertThat(scheduled.get("validity-ends")).isEqualTo(awarded.plusYears(2).atStartOfDay(Seoul.ZONE).toInstant());

        // Twenty-one months pass while the registry is down: the re-review is due, the end is not.
        moveFireTime("re-review-opens", Instant.now().minus(Duration.ofHours(1)));
        try (RunningRegistry registry = RunningRegistry.start(dataDir)) {
            awaitStatus(registry, "RE_REVIEW");
        }
        assertThat(fireTimes()).containsOnlyKeys("validity-ends");

        // Three more months pass while it is down again: the certification has ended.
        moveFireTime("validity-ends", Instant.now().minus(Duration.ofHours(1)));
        try (RunningRegistry registry = RunningRegistry.start(dataDir)) {
            awaitStatus(registry, "EXPIRED");
            assertThat(registry.client().get("/api/v1/certifications/" + NUMBER, null).json().get("history")
                    .findValuesAsText("event")).containsExactly("IMPORTED", "RE_REVIEW_OPENED", "EXPIRED");
        }
        assertThat(fireTimes()).isEmpty();
    }

    /** R5: a supplement whose deadline fell due while the registry was down lapses once after the restart. */
    @Test
    void aSupplementDeadlineDueWhileDownLapsesOnceAfterARestart() throws SQLException {
        String applicationId;
        try (RunningRegistry registry = RunningRegistry.start(dataDir)) {
            CaseSteps steps = new CaseSteps(registry.client());
            steps.announceRound("R-LAPSE");
            applicationId = steps.submit("R-LAPSE", "보완 기한 시험");
            steps.requestSupplement(applicationId);
        }
        assertThat(fireTimes()).containsKeys("supplement-deadline", "submission-window-closes");

        // The seven days of the supplement request pass while the registry is down.
        moveFireTime("supplement-deadline", Instant.now().minus(Duration.ofHours(1)));
        try (RunningRegistry registry = RunningRegistry.start(dataDir)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(registry.client()
                    .get("/api/v1/applications?roundId=R-LAPSE", "operator").json().findValuesAsText("state"))
                    .containsExactly("SUPPLEMENT_LAPSED"));
        }
        assertThat(fireTimes()).containsOnlyKeys("submission-window-closes");
        // A second start fires nothing again: one lapse in the store.
        try (RunningRegistry registry = RunningRegistry.start(dataDir)) {
            assertThat(registry.client().get("/api/v1/applications?roundId=R-LAPSE", "operator").json()
                    .findValuesAsText("state")).containsExactly("SUPPLEMENT_LAPSED");
        }
        assertThat(storedEvents(applicationId, "SupplementLapsedEvent")).isEqualTo(1);
    }

    private int storedEvents(String aggregateId, String type) throws SQLException {
        try (Connection connection = database();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM DomainEventEntry "
                     + "WHERE aggregateIdentifier = ? AND payloadType LIKE ?")) {
            count.setString(1, aggregateId);
            count.setString(2, "%" + type);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void awaitStatus(RunningRegistry registry, String status) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                registry.client().get("/api/v1/verify/" + NUMBER, null).json().get("status").asText())
                .isEqualTo(status));
    }

    private Connection database() throws SQLException {
        return EventStoreFile.open(dataDir);
    }

    /** The deadline jobs' next fire times by deadline name (Axon's Quartz job group). */
    private Map<String, Instant> fireTimes() throws SQLException {
        Map<String, Instant> times = new HashMap<>();
        try (Connection connection = database();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT JOB_GROUP, NEXT_FIRE_TIME FROM QRTZ_TRIGGERS")) {
            while (rows.next()) {
                times.put(rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)));
            }
        }
        return times;
    }

    private void moveFireTime(String deadline, Instant to) throws SQLException {
        try (Connection connection = database();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE JOB_GROUP = ?")) {
            update.setLong(1, to.toEpochMilli());
            update.setString(2, deadline);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
