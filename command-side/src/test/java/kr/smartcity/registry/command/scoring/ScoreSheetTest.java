package kr.smartcity.registry.command.scoring;

import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.MutableClock;
import kr.smartcity.registry.command.TestForms;
import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.ScoringMessages.IndicatorScoreChangedEvent;
import kr.smartcity.registry.command.api.ScoringMessages.IndicatorScoredEvent;
import kr.smartcity.registry.command.api.ScoringMessages.ScoreIndicatorCommand;
import kr.smartcity.registry.command.api.ScoringMessages.ScoreSheetOpenedEvent;
import kr.smartcity.registry.command.api.ScoringMessages.ScoreSheetSubmittedEvent;
import kr.smartcity.registry.command.api.ScoringMessages.SubmitScoreSheetCommand;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/** An evaluator's score sheet: one test per rule and per refused transition. */
class ScoreSheetTest {

    private static final String SHEET = "APP-1/evaluator1";
    private static final Instant NOW = TestForms.seoul(2023, 11, 14, 15, 0);

    private final MutableClock clock = new MutableClock(NOW);
    private FixtureConfiguration<ScoreSheet> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ScoreSheet.class).registerInjectableResource(clock);
    }

    private static ScoreSheetOpenedEvent opened() {
        return new ScoreSheetOpenedEvent(SHEET, "APP-1", "evaluator1", "2023", ServiceLevel.L1, ServiceField.TRANSPORT);
    }

    private static IndicatorScoredEvent scored() {
        return new IndicatorScoredEvent(SHEET, "APP-1", "evaluator1", "1.1.1.1", new BigDecimal("2"), "인지도 설문",
                "응답자 45%", NOW);
    }

    private static ScoreIndicatorCommand score(String evaluator, String code, String points) {
        return new ScoreIndicatorCommand(SHEET, evaluator, code, new BigDecimal(points), "인지도 설문", "응답자 45%");
    }

    @Test
    void theOwnerScoresAnIndicatorWithBasisAndRationale() {
        fixture.given(opened())
                .when(score("evaluator1", "1.1.1.1", "2"))
                .expectEvents(scored());
    }

    @Test
    void aChangeBeforeSubmittingIsItsOwnEventBesideTheFirstScore() {
        fixture.given(opened(), scored())
                .when(new ScoreIndicatorCommand(SHEET, "evaluator1", "1.1.1.1", new BigDecimal("3"), "인지도 설문",
                        "재집계 결과 응답자 52%"))
                .expectEvents(new IndicatorScoreChangedEvent(SHEET, "APP-1", "evaluator1", "1.1.1.1",
                        new BigDecimal("2"), new BigDecimal("3"), "인지도 설문", "재집계 결과 응답자 52%", NOW));
    }

    @Test
    void aScoreAboveTheIndicatorsMaximumIsRefusedNamingTheCode() {
        fixture.given(opened())
                .when(score("evaluator1", "1.1.1.1", "4"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(containsString("1.1.1.1"))
                .expectNoEvents();
    }

    @Test
    void aDerivedIndicatorCannotBeScored() {
        fixture.given(new ScoreSheetOpenedEvent(SHEET, "APP-1", "evaluator1", "2023", ServiceLevel.L2,
                        ServiceField.TRANSPORT))
                .when(score("evaluator1", "2.2.1.1", "20"))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void scoringAnotherCommitteeMembersSheetIsRefused() {
        fixture.given(opened())
                .when(score("evaluator2", "1.1.1.1", "2"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(containsString("not assigned to you"))
                .expectNoEvents();
    }

    @Test
    void scoringByAnEvaluatorNotAssignedToTheApplicationIsRefused() {
        fixture.given(opened())
                .when(score("evaluator9", "1.1.1.1", "2"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(containsString("APP-1"))
                .expectNoEvents();
    }

    @Test
    void theOwnerSubmitsTheSheetWithItsCurrentScores() {
        fixture.given(opened(), scored())
                .when(new SubmitScoreSheetCommand(SHEET, "evaluator1"))
                .expectEvents(new ScoreSheetSubmittedEvent(SHEET, "APP-1", "evaluator1",
                        Map.of("1.1.1.1", new BigDecimal("2")), NOW));
    }

    @Test
    void anEmptySheetCannotBeSubmitted() {
        fixture.given(opened())
                .when(new SubmitScoreSheetCommand(SHEET, "evaluator1"))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void scoringAfterSubmittingIsRefused() {
        fixture.given(opened(), scored(), new ScoreSheetSubmittedEvent(SHEET, "APP-1", "evaluator1",
                        Map.of("1.1.1.1", new BigDecimal("2")), NOW))
                .when(score("evaluator1", "1.1.1.1", "3"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(containsString("submitted"))
                .expectNoEvents();
    }
}
