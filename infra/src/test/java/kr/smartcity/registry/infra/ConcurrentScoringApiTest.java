package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.smartcity.registry.command.api.ScoringMessages;
import kr.smartcity.registry.command.api.ScoringMessages.IndicatorScoreChangedEvent;
import kr.smartcity.registry.command.api.ScoringMessages.IndicatorScoredEvent;
import kr.smartcity.registry.infra.CaseSteps.Indicator;
import kr.smartcity.registry.infra.RegistryClient.Response;

/**
 * Evaluators score one application at once over HTTP: every request is answered 2xx (or, for two changes racing
 * on one sheet, a clean 409), and every acknowledged score is in the event store, read back per score sheet.
 */
class ConcurrentScoringApiTest {

    private static final String ROUND = "R-CONCURRENT";
    private static final List<String> EVALUATORS =
            List.of("evaluator1", "evaluator2", "evaluator3", "evaluator4", "evaluator5");

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static CaseSteps steps;
    private ExecutorService threads;

    @BeforeAll
    static void start() {
        registry = RunningRegistry.start(dataDir);
        steps = new CaseSteps(registry.client());
        steps.announceRound(ROUND);
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @BeforeEach
    void threads() {
        threads = Executors.newFixedThreadPool(EVALUATORS.size());
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** An accepted application with a committee, its score sheets opened. */
    private static String applicationInEvaluation(String serviceNameKo, List<String> committee) {
        String applicationId = steps.submit(ROUND, serviceNameKo);
        steps.accept(applicationId);
        steps.formCommittee(applicationId, committee);
        return applicationId;
    }

    /** The payloads stored for one evaluator's score sheet, in order. */
    private static List<Object> sheetEvents(String applicationId, String evaluator) {
        return registry.bean(EventStore.class).readEvents(ScoringMessages.sheetId(applicationId, evaluator))
                .asStream().<Object>map(message -> message.getPayload()).toList();
    }

    /** Runs the tasks on their own threads, all released together, and answers their results in task order. */
    private <T> List<T> allAtOnce(List<Callable<T>> tasks) throws Exception {
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return task.call();
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).as("all threads ready").isTrue();
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(3, TimeUnit.MINUTES));
        }
        return results;
    }

    @Test
    void fiveEvaluatorsScoringEveryIndicatorAtOnceAreAllAnsweredAndEveryScoreIsKept() throws Exception {
        String applicationId = applicationInEvaluation("동시 채점 교통 서비스", EVALUATORS);
        List<Indicator> indicators = steps.indicators();

        List<Callable<List<Response>>> sheets = EVALUATORS.stream().<Callable<List<Response>>>map(evaluator -> () -> {
            List<Response> answers = new ArrayList<>();
            for (Indicator indicator : indicators) {
                answers.add(steps.score(applicationId, evaluator, indicator.code(), indicator.maxPoints(),
                        evaluator + " " + indicator.code()));
            }
            return answers;
        }).toList();
        List<List<Response>> answers = allAtOnce(sheets);

        for (int e = 0; e < EVALUATORS.size(); e++) {
            String evaluator = EVALUATORS.get(e);
            assertThat(answers.get(e)).as(evaluator).hasSize(indicators.size())
                    .allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isBetween(200, 299));
            List<IndicatorScoredEvent> scored = sheetEvents(applicationId, evaluator).stream()
                    .filter(IndicatorScoredEvent.class::isInstance).map(IndicatorScoredEvent.class::cast).toList();
            assertThat(scored).as(evaluator).hasSize(indicators.size());
            assertThat(scored).extracting(IndicatorScoredEvent::indicatorCode)
                    .containsExactlyInAnyOrderElementsOf(indicators.stream().map(Indicator::code).toList());
            assertThat(scored).allSatisfy(event -> {
                assertThat(event.evaluator()).isEqualTo(evaluator);
                assertThat(event.rationale()).isEqualTo(evaluator + " " + event.indicatorCode());
            });
        }
        EVALUATORS.forEach(evaluator -> steps.submitSheet(applicationId, evaluator));
    }

    @Test
    void oneEvaluatorChangingOneIndicatorFromTwoThreadsLosesNoAcknowledgedChange() throws Exception {
        String evaluator = "evaluator1";
        String applicationId = applicationInEvaluation("동시 수정 교통 서비스", List.of(evaluator));
        Indicator indicator = steps.indicators().stream()
                .filter(i -> i.maxPoints().compareTo(BigDecimal.valueOf(3)) >= 0).findFirst().orElseThrow();
        CaseSteps.expect(steps.score(applicationId, evaluator, indicator.code(), BigDecimal.ZERO, "첫 채점"), 200);

        List<String> acknowledged = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (int round = 0; round < 10; round++) {
            String a = "round " + round + " thread A";
            String b = "round " + round + " thread B";
            List<Response> answers = allAtOnce(List.of(
                    () -> steps.score(applicationId, evaluator, indicator.code(), BigDecimal.ONE, a),
                    () -> steps.score(applicationId, evaluator, indicator.code(), BigDecimal.valueOf(2), b)));
            for (int t = 0; t < 2; t++) {
                Response answer = answers.get(t);
                assertThat(answer.status()).as(answer.body()).satisfiesAnyOf(
                        status -> assertThat(status).isBetween(200, 299), status -> assertThat(status).isEqualTo(409));
                (answer.status() == 409 ? refused : acknowledged).add(t == 0 ? a : b);
            }
        }

        List<IndicatorScoreChangedEvent> changes = sheetEvents(applicationId, evaluator).stream()
                .filter(IndicatorScoreChangedEvent.class::isInstance).map(IndicatorScoreChangedEvent.class::cast)
                .toList();
        assertThat(acknowledged).as("at least one change of each pair is kept").hasSizeGreaterThanOrEqualTo(10);
        // every acknowledged change is stored, and nothing refused is
        assertThat(changes).extracting(IndicatorScoreChangedEvent::rationale).as("refused with 409: " + refused)
                .containsExactlyInAnyOrderElementsOf(acknowledged);
        BigDecimal before = BigDecimal.ZERO;
        for (IndicatorScoreChangedEvent change : changes) {
            assertThat(change.indicatorCode()).isEqualTo(indicator.code());
            assertThat(change.previousPoints()).as("each change follows the one before: " + change.rationale())
                    .isEqualByComparingTo(before);
            assertThat(change.points()).isEqualByComparingTo(change.rationale().endsWith("A") ? "1" : "2");
            before = change.points();
        }
    }

    /** Certificate numbers are unique also when the ministry decides several cases at the same moment. */
    @Test
    void decisionsAtTheSameMomentGetDistinctCertificateNumbers() throws Exception {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String applicationId = steps.submit(ROUND, "동시 결정 " + i);
            steps.accept(applicationId);
            steps.evaluate(applicationId);
            cases.add(applicationId);
        }
        ExecutorService ministry = Executors.newFixedThreadPool(cases.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (String applicationId : cases) {
                answers.add(ministry.submit(() -> {
                    start.await();
                    return steps.decideAnswer(applicationId, "CERTIFIED");
                }));
            }
            start.countDown();
            Set<String> numbers = new HashSet<>();
            for (Future<Response> answer : answers) {
                Response decided = answer.get(60, TimeUnit.SECONDS);
                assertThat(decided.status()).as(decided.body()).isEqualTo(200);
                numbers.add(decided.json().get("certificateNumber").asText());
            }
            assertThat(numbers).hasSize(cases.size());
        } finally {
            ministry.shutdownNow();
        }
    }
}
