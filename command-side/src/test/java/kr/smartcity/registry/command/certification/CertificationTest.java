package kr.smartcity.registry.command.certification;

import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.MutableClock;
import kr.smartcity.registry.command.api.AuditMetadata;
import kr.smartcity.registry.command.api.CertificationMessages.CertificateReissuedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationActionProposedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationAwardedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationExpiredEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationReinstatedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRenewedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRevokedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationSuspendedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.CertificationMessages.DeclineProposedActionCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ImportCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.LogMonitoringCheckCommand;
import kr.smartcity.registry.command.api.CertificationMessages.MonitoringCheckLoggedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.OpenReReviewCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ProposeCertificationActionCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ProposedActionDeclinedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewFailedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewOpenedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.RecordReReviewFailureCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ReinstateCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ReissueCertificateCommand;
import kr.smartcity.registry.command.api.CertificationMessages.RenewCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.RevokeCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.SuspendCertificationCommand;
import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.ProposedAction;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/** The life of a certification after its award: one test per rule and per refused transition. */
class CertificationTest {

    private static final String NO = "SCS-2023-T-0001";
    private static final LocalDate FROM = LocalDate.of(2023, 12, 15);
    private static final LocalDate UNTIL = LocalDate.of(2025, 12, 14);
    private static final Instant RE_REVIEW_OPENS = seoulMidnight(LocalDate.of(2025, 9, 15));
    private static final Instant ENDS = seoulMidnight(LocalDate.of(2025, 12, 15));
    private static final CertifiedService SERVICE = new CertifiedService(List.of("스마트교통(주)"), "스마트 횡단보도",
            "Smart crosswalk", ServiceField.TRANSPORT, ServiceLevel.L1, "세종특별자치시",
            Map.of("1", new BigDecimal("25"), "2", new BigDecimal("40.5"), "3", new BigDecimal("16")),
            new BigDecimal("81.5"));
    private static final Instant NOW = seoulMidnight(LocalDate.of(2024, 6, 1)).plusSeconds(3600 * 10);

    private final MutableClock clock = new MutableClock(NOW);
    private FixtureConfiguration<Certification> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Certification.class).registerInjectableResource(clock);
    }

    private static Instant seoulMidnight(LocalDate day) {
        return day.atStartOfDay(Seoul.ZONE).toInstant();
    }

    private static ImportCertificationCommand importCommand(LocalDate from, LocalDate until) {
        return new ImportCertificationCommand(NO, "2023", SERVICE, from, until, null);
    }

    private static CertificationAwardedEvent awarded() {
        return new CertificationAwardedEvent(NO, null, "2023", SERVICE, FROM, UNTIL, null, true);
    }

    private static CertificationSuspendedEvent suspended() {
        return new CertificationSuspendedEvent(NO, "현장 점검 결과 미운영", NOW);
    }

    private static ReReviewOpenedEvent reReviewOpened() {
        return new ReReviewOpenedEvent(NO, "요청", false, NOW);
    }

    private static CertificationRevokedEvent revoked() {
        return new CertificationRevokedEvent(NO, "허위 자료 제출", "스마트도시법 제32조", NOW);
    }

    @Test
    void anImportedCertificationIsActiveWithItsReReviewAndEndScheduled() {
        fixture.givenNoPriorActivity()
                .when(importCommand(FROM, UNTIL))
                .expectEvents(awarded())
                .expectScheduledDeadlineWithName(RE_REVIEW_OPENS, Certification.RE_REVIEW_OPENS)
                .expectScheduledDeadlineWithName(ENDS, Certification.VALIDITY_ENDS);
    }

    @Test
    void anImportedCertificationPastItsValidityExpiresOnImport() {
        clock.set(ENDS);
        fixture.givenNoPriorActivity()
                .when(importCommand(FROM, UNTIL))
                .expectEvents(awarded(), new CertificationExpiredEvent(NO, UNTIL, null))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anImportedCertificationOnItsLastValidDayIsStillActive() {
        clock.set(ENDS.minusSeconds(1));
        fixture.givenNoPriorActivity()
                .when(importCommand(FROM, UNTIL))
                .expectEvents(awarded(), new ReReviewOpenedEvent(NO,
                        "유효기간 만료 3개월 전 자동 착수 / opened 3 months before the end", true, ENDS.minusSeconds(1)))
                .expectScheduledDeadlineWithName(ENDS, Certification.VALIDITY_ENDS);
    }

    @Test
    void anImportWhoseValidityEndsBeforeItStartsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(importCommand(UNTIL, FROM))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void theReReviewOpensByItselfThreeMonthsBeforeTheEnd() {
        fixture.givenCurrentTime(NOW).andGivenCommands(importCommand(FROM, UNTIL))
                .whenThenTimeAdvancesTo(RE_REVIEW_OPENS)
                .expectEvents(new ReReviewOpenedEvent(NO,
                        "유효기간 만료 3개월 전 자동 착수 / opened 3 months before the end", true, RE_REVIEW_OPENS));
    }

    @Test
    void aCertificationExpiresByItselfAfterItsLastValidDay() {
        fixture.givenCurrentTime(NOW).andGivenCommands(importCommand(FROM, UNTIL))
                .whenThenTimeAdvancesTo(ENDS)
                .expectEvents(new ReReviewOpenedEvent(NO,
                                "유효기간 만료 3개월 전 자동 착수 / opened 3 months before the end", true, RE_REVIEW_OPENS),
                        new CertificationExpiredEvent(NO, UNTIL, null));
    }

    @Test
    void aRevokedCertificationDoesNotExpireLater() {
        fixture.given(awarded(), revoked())
                .whenTimeElapses(Duration.ZERO)
                .expectNoEvents();
    }

    @Test
    void monitoringStaffLogAChecks() {
        fixture.given(awarded())
                .when(new LogMonitoringCheckCommand(NO, LocalDate.of(2024, 5, 30), "서비스 운영 여부", true, "정상 운영",
                        List.of("점검표.pdf")))
                .expectEvents(new MonitoringCheckLoggedEvent(NO, LocalDate.of(2024, 5, 30), "서비스 운영 여부", true,
                        "정상 운영", List.of("점검표.pdf")));
    }

    @Test
    void monitoringARevokedCertificationIsRefused() {
        fixture.given(awarded(), revoked())
                .when(new LogMonitoringCheckCommand(NO, LocalDate.of(2024, 5, 30), "점검", true, "", List.of()))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void anActiveCertificationCanBeSuspendedWithAReason() {
        fixture.given(awarded())
                .when(new SuspendCertificationCommand(NO, "현장 점검 결과 미운영"))
                .expectEvents(suspended());
    }

    @Test
    void aSuspensionWithoutAReasonIsRefused() {
        fixture.given(awarded())
                .when(new SuspendCertificationCommand(NO, " "))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void suspendingASuspendedCertificationIsRefused() {
        fixture.given(awarded(), suspended())
                .when(new SuspendCertificationCommand(NO, "다시"))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void suspendingARevokedCertificationIsRefused() {
        fixture.given(awarded(), revoked())
                .when(new SuspendCertificationCommand(NO, "사유"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(containsString("인증취소"))
                .expectNoEvents();
    }

    @Test
    void reinstatementRestoresTheStateItWasSuspendedFrom() {
        fixture.given(awarded(), reReviewOpened(), suspended())
                .when(new ReinstateCertificationCommand(NO, "시정 완료"))
                .expectEvents(new CertificationReinstatedEvent(NO, "시정 완료", NOW, CertificationStatus.RE_REVIEW));
    }

    @Test
    void reinstatingACertificationThatIsNotSuspendedIsRefused() {
        fixture.given(awarded())
                .when(new ReinstateCertificationCommand(NO, "시정 완료"))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aSuspendedCertificationCanBeRevokedWithItsLegalBasis() {
        fixture.given(awarded(), suspended())
                .when(new RevokeCertificationCommand(NO, "허위 자료 제출", "스마트도시법 제32조"))
                .expectEvents(revoked());
    }

    @Test
    void revocationIsFinal() {
        fixture.given(awarded(), revoked())
                .when(new RevokeCertificationCommand(NO, "다시", "스마트도시법 제32조"))
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(containsString("final"))
                .expectNoEvents();
    }

    @Test
    void aRevocationWithoutLegalBasisIsRefused() {
        fixture.given(awarded())
                .when(new RevokeCertificationCommand(NO, "허위 자료 제출", ""))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void revokingAnExpiredCertificationIsRefused() {
        fixture.given(awarded(), new CertificationExpiredEvent(NO, UNTIL, null))
                .when(new RevokeCertificationCommand(NO, "허위 자료 제출", "스마트도시법 제32조"))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void monitoringStaffCanOpenAReReviewOnDemand() {
        fixture.given(awarded())
                .when(new OpenReReviewCommand(NO, "요청"))
                .expectEvents(reReviewOpened());
    }

    @Test
    void aReReviewOfASuspendedCertificationIsRefused() {
        fixture.given(awarded(), suspended())
                .when(new OpenReReviewCommand(NO, "요청"))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aPassedReReviewRenewsTheCertificationBySuccessor() {
        fixture.given(awarded(), reReviewOpened())
                .when(new RenewCertificationCommand(NO, "SCS-2025-T-0007"))
                .expectEvents(new CertificationRenewedEvent(NO, "SCS-2025-T-0007", NOW));
    }

    @Test
    void renewingWithoutAReReviewIsRefused() {
        fixture.given(awarded())
                .when(new RenewCertificationCommand(NO, "SCS-2025-T-0007"))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aRenewedCertificationExpiresNamingItsSuccessor() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(importCommand(FROM, UNTIL), new OpenReReviewCommand(NO, "요청"),
                        new RenewCertificationCommand(NO, "SCS-2025-T-0007"))
                .whenThenTimeAdvancesTo(ENDS)
                .expectEvents(new CertificationExpiredEvent(NO, UNTIL, "SCS-2025-T-0007"));
    }

    @Test
    void aRenewedCertificationCannotOpenAnotherReReview() {
        fixture.given(awarded(), reReviewOpened(), new CertificationRenewedEvent(NO, "SCS-2025-T-0007", NOW))
                .when(new OpenReReviewCommand(NO, "요청"))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aFailedReReviewLeavesTheCertificationActiveUntilItsEnd() {
        fixture.given(awarded(), reReviewOpened())
                .when(new RecordReReviewFailureCommand(NO, "70점 미달"))
                .expectEvents(new ReReviewFailedEvent(NO, "70점 미달", NOW));
    }

    @Test
    void aFailureWithoutAnOpenReReviewIsRefused() {
        fixture.given(awarded())
                .when(new RecordReReviewFailureCommand(NO, "70점 미달"))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aReissuedCertificateIsANewVersionOfTheDocument() {
        fixture.given(awarded())
                .when(new ReissueCertificateCommand(NO, List.of("스마트모빌리티(주)"), "상호 변경"))
                .expectEvents(new CertificateReissuedEvent(NO, 2, List.of("스마트모빌리티(주)"), "상호 변경", NOW));
    }

    @Test
    void reissuingAnExpiredCertificateIsRefused() {
        fixture.given(awarded(), new CertificationExpiredEvent(NO, UNTIL, null))
                .when(new ReissueCertificateCommand(NO, List.of("스마트모빌리티(주)"), "상호 변경"))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    // ── 조치 제안: monitoring staff propose, the ministry carries out or declines ──────────────────────────

    private static final Map<String, String> BY_MONITOR = Map.of(AuditMetadata.ACTOR, "monitor");

    private static ProposeCertificationActionCommand propose(ProposedAction action) {
        return new ProposeCertificationActionCommand(NO, action, "점검 결과 서비스 중단");
    }

    private static CertificationActionProposedEvent proposed(ProposedAction action) {
        return new CertificationActionProposedEvent(NO, action, "점검 결과 서비스 중단", "monitor", NOW);
    }

    @Test
    void monitoringStaffProposeASuspensionWithTheirReason() {
        fixture.given(awarded())
                .when(propose(ProposedAction.SUSPENSION), BY_MONITOR)
                .expectEvents(proposed(ProposedAction.SUSPENSION));
    }

    @Test
    void aProposalWithoutAReasonIsRefused() {
        fixture.given(awarded())
                .when(new ProposeCertificationActionCommand(NO, ProposedAction.SUSPENSION, " "), BY_MONITOR)
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aProposalWithoutAnActionIsRefused() {
        fixture.given(awarded())
                .when(new ProposeCertificationActionCommand(NO, null, "사유"), BY_MONITOR)
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void proposingTheSuspensionOfARevokedCertificationIsRefused() {
        fixture.given(awarded(), revoked())
                .when(propose(ProposedAction.SUSPENSION), BY_MONITOR)
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(containsString("인증취소"))
                .expectNoEvents();
    }

    @Test
    void proposingTheRevocationOfARevokedCertificationIsRefused() {
        fixture.given(awarded(), revoked())
                .when(propose(ProposedAction.REVOCATION), BY_MONITOR)
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void proposingToReinstateAnActiveCertificationIsRefused() {
        fixture.given(awarded())
                .when(propose(ProposedAction.REINSTATEMENT), BY_MONITOR)
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aSuspendedCertificationMayBeProposedForReinstatement() {
        fixture.given(awarded(), suspended())
                .when(propose(ProposedAction.REINSTATEMENT), BY_MONITOR)
                .expectEvents(proposed(ProposedAction.REINSTATEMENT));
    }

    @Test
    void proposingTwiceWhileOneIsOpenIsRefused() {
        fixture.given(awarded(), proposed(ProposedAction.SUSPENSION))
                .when(propose(ProposedAction.REVOCATION), BY_MONITOR)
                .expectException(CommandRefusedException.class)
                .expectExceptionMessage(containsString("효력정지"))
                .expectNoEvents();
    }

    @Test
    void theMinistryCarryingOutTheSuspensionClosesTheProposal() {
        fixture.given(awarded(), proposed(ProposedAction.SUSPENSION), suspended())
                .when(propose(ProposedAction.REINSTATEMENT), BY_MONITOR)
                .expectEvents(proposed(ProposedAction.REINSTATEMENT));
    }

    @Test
    void theMinistryDeclinesTheOpenProposalWithAReason() {
        fixture.given(awarded(), proposed(ProposedAction.SUSPENSION))
                .when(new DeclineProposedActionCommand(NO, "경미한 사안으로 시정 권고"))
                .expectEvents(new ProposedActionDeclinedEvent(NO, ProposedAction.SUSPENSION, "경미한 사안으로 시정 권고",
                        NOW));
    }

    @Test
    void aDeclinedProposalNoLongerBlocksANewOne() {
        fixture.given(awarded(), proposed(ProposedAction.SUSPENSION),
                        new ProposedActionDeclinedEvent(NO, ProposedAction.SUSPENSION, "시정 권고", NOW))
                .when(propose(ProposedAction.SUSPENSION), BY_MONITOR)
                .expectEvents(proposed(ProposedAction.SUSPENSION));
    }

    @Test
    void decliningWithoutAReasonIsRefused() {
        fixture.given(awarded(), proposed(ProposedAction.SUSPENSION))
                .when(new DeclineProposedActionCommand(NO, ""))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void decliningWhenNoProposalIsOpenIsRefused() {
        fixture.given(awarded())
                .when(new DeclineProposedActionCommand(NO, "사유"))
                .expectException(CommandRefusedException.class)
                .expectNoEvents();
    }
}
