package kr.smartcity.registry.command.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.MutableClock;
import kr.smartcity.registry.command.TestForms;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationForm;
import kr.smartcity.registry.command.api.ApplicationMessages.SubmitApplicationCommand;
import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.Milestone;
import kr.smartcity.registry.command.api.RoundMessages.AnnounceRoundCommand;
import kr.smartcity.registry.command.api.RoundMessages.ChangeRoundScheduleCommand;
import kr.smartcity.registry.command.api.RoundMessages.RoundAnnouncedEvent;
import kr.smartcity.registry.command.api.RoundMessages.RoundScheduleChangedEvent;
import kr.smartcity.registry.command.api.RoundMessages.SubmissionWindowClosedEvent;
import kr.smartcity.registry.command.api.ServiceField;

class CertificationRoundTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant OPENS = TestForms.OPENS;
    private static final Instant CLOSES = TestForms.CLOSES;
    /** 추진일정 of the 2023 call: 서면평가 in November, 현장실사 late November, 인증부여 in December. */
    private static final Map<Milestone, LocalDate> MILESTONES = Map.of(
            Milestone.BRIEFING, LocalDate.of(2023, 10, 5),
            Milestone.DOCUMENT_EVALUATION, LocalDate.of(2023, 11, 8),
            Milestone.SITE_INSPECTION, LocalDate.of(2023, 11, 22),
            Milestone.AWARD, LocalDate.of(2023, 12, 13));

    private final MutableClock clock = new MutableClock(OPENS);
    private FixtureConfiguration<CertificationRound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CertificationRound.class)
                .registerInjectableResource(clock);
    }

    private static Instant seoul(int y, int m, int d, int h, int min, int s) {
        return LocalDateTime.of(y, m, d, h, min, s).atZone(SEOUL).toInstant();
    }

    private static RoundAnnouncedEvent announced2023() {
        return new RoundAnnouncedEvent("2023", "2023", Set.of(ServiceField.TRANSPORT, ServiceField.ENVIRONMENT_ENERGY),
                OPENS, CLOSES, MILESTONES);
    }

    private static ApplicationForm form(ServiceField field) {
        ApplicationForm form = TestForms.unitService();
        return new ApplicationForm(form.representative(), form.jointApplicants(), form.serviceNameKo(),
                form.serviceNameEn(), field, form.level(), form.region(), form.description(), form.selfEvaluation(),
                form.evidence(), form.constituents());
    }

    private static SubmitApplicationCommand submit(ServiceField field) {
        return new SubmitApplicationCommand("2023", "APP-1", form(field));
    }

    @Test
    void announcingARoundSchedulesTheCloseOfItsWindow() {
        fixture.givenNoPriorActivity()
                .when(new AnnounceRoundCommand("2023", "2023",
                        Set.of(ServiceField.TRANSPORT, ServiceField.ENVIRONMENT_ENERGY), OPENS, CLOSES, MILESTONES))
                .expectSuccessfulHandlerExecution()
                .expectEvents(announced2023())
                .expectScheduledDeadlineWithName(CLOSES, CertificationRound.WINDOW_CLOSES);
    }

    @Test
    void aRoundNamingCriteriaThatDoNotExistIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AnnounceRoundCommand("2023", "1999", Set.of(ServiceField.TRANSPORT), OPENS, CLOSES, MILESTONES))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("1999"))
                .expectNoEvents();
    }

    @Test
    void aRoundWithoutFieldsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AnnounceRoundCommand("2023", "2023", Set.of(), OPENS, CLOSES, MILESTONES))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aWindowThatClosesBeforeItOpensIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AnnounceRoundCommand("2023", "2023", Set.of(ServiceField.TRANSPORT), CLOSES, OPENS, MILESTONES))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void theWindowClosesByItselfAtItsDeadline() {
        fixture.givenCommands(new AnnounceRoundCommand("2023", "2023",
                        Set.of(ServiceField.TRANSPORT, ServiceField.ENVIRONMENT_ENERGY), OPENS, CLOSES, MILESTONES))
                .whenThenTimeAdvancesTo(CLOSES)
                .expectEvents(new SubmissionWindowClosedEvent("2023", CLOSES));
    }

    @Test
    void aSubmissionInsideTheWindowStartsAnApplicationUnderTheRoundsCriteria() {
        clock.set(TestForms.SUBMITTED_AT);
        fixture.given(announced2023())
                .when(submit(ServiceField.TRANSPORT))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload("APP-1")
                .expectEvents(TestForms.submitted("APP-1", form(ServiceField.TRANSPORT)));
    }

    @Test
    void aSubmissionWithASelfEvaluationAboveTheMaximumIsRefusedNamingTheCode() {
        clock.set(TestForms.SUBMITTED_AT);
        fixture.given(announced2023())
                .when(new SubmitApplicationCommand("2023", "APP-1",
                        TestForms.unitService(Map.of("1.1.1.1", new BigDecimal("4")))))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("1.1.1.1"))
                .expectNoEvents();
    }

    @Test
    void aSubmissionAtExactly18KstIsStillOnTime() {
        clock.set(CLOSES);
        fixture.given(announced2023())
                .when(submit(ServiceField.TRANSPORT))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aSubmissionAfter18KstIsRefused() {
        clock.set(CLOSES.plusSeconds(1));
        fixture.given(announced2023())
                .when(submit(ServiceField.TRANSPORT))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("마감"))
                .expectNoEvents();
    }

    @Test
    void aSubmissionBeforeTheWindowOpensIsRefused() {
        clock.set(OPENS.minusSeconds(60));
        fixture.given(announced2023())
                .when(submit(ServiceField.TRANSPORT))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aSubmissionForAFieldTheRoundDoesNotTakeIsRefused() {
        clock.set(seoul(2023, 10, 25, 14, 0, 0));
        fixture.given(announced2023())
                .when(submit(ServiceField.HEALTH_WELFARE))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("보건"))
                .expectNoEvents();
    }
    @Test
    void aScheduleChangeWithItsReasonMovesTheWindowsCloseAndItsDeadline() {
        Instant later = CLOSES.plusSeconds(2 * 86_400);
        fixture.givenCommands(new AnnounceRoundCommand("2023", "2023", Set.of(ServiceField.TRANSPORT), OPENS, CLOSES,
                        MILESTONES))
                .when(new ChangeRoundScheduleCommand("2023", later,
                        Map.of(Milestone.AWARD, LocalDate.of(2023, 12, 20)), "접수 시스템 장애로 연장"))
                .expectEvents(new RoundScheduleChangedEvent("2023", CLOSES, later, Map.of(
                        Milestone.BRIEFING, LocalDate.of(2023, 10, 5),
                        Milestone.DOCUMENT_EVALUATION, LocalDate.of(2023, 11, 8),
                        Milestone.SITE_INSPECTION, LocalDate.of(2023, 11, 22),
                        Milestone.AWARD, LocalDate.of(2023, 12, 20)), "접수 시스템 장애로 연장", OPENS))
                .expectScheduledDeadlineWithName(later, CertificationRound.WINDOW_CLOSES)
                .expectNoScheduledDeadlineWithName(CLOSES, CertificationRound.WINDOW_CLOSES);
    }

    @Test
    void aScheduleChangeWithoutAReasonIsRefused() {
        fixture.given(announced2023())
                .when(new ChangeRoundScheduleCommand("2023", null, Map.of(Milestone.AWARD, LocalDate.of(2023, 12, 20)),
                        " "))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void theWindowCannotMoveAfterItHasClosed() {
        clock.set(CLOSES.plusSeconds(1));
        fixture.given(announced2023())
                .when(new ChangeRoundScheduleCommand("2023", CLOSES.plusSeconds(86_400), null, "연장"))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void milestonesCanStillChangeAfterTheWindowClosed() {
        clock.set(CLOSES.plusSeconds(1));
        fixture.given(announced2023())
                .when(new ChangeRoundScheduleCommand("2023", null, Map.of(Milestone.SITE_INSPECTION,
                        LocalDate.of(2023, 11, 29)), "실사 대상 기관 일정 조정"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aWindowMovedToCloseBeforeItOpensIsRefused() {
        fixture.given(announced2023())
                .when(new ChangeRoundScheduleCommand("2023", OPENS.minusSeconds(60), null, "오류"))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }
}
