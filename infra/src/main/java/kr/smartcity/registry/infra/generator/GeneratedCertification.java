package kr.smartcity.registry.infra.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.CertificationMessages.ImportCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.LogMonitoringCheckCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ReinstateCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ReissueCertificateCommand;
import kr.smartcity.registry.command.api.CertificationMessages.RevokeCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.SuspendCertificationCommand;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.CriteriaVersion;
import kr.smartcity.registry.command.decision.CertificateNumberFormat;
import kr.smartcity.registry.infra.demo.DemoCommands;

/**
 * One fictional certification (가상 데이터) and what happens to it, drawn from a random source seeded by the
 * generator's seed and the certification's index. A share of them ({@code fullCasePercent}) are applications taken
 * the whole way through the current round ({@link GeneratedCase}); the rest are imported (기존 인증 이관) into the
 * nine earlier award years, each year's sequence numbers being the indexes falling in that year, so numbers never
 * collide with each other nor with the current year's allocated ones. An import whose validity ended before
 * {@code until} expires on import, and one in its last three months opens its re-review, both by the import command
 * applying deadlines already past; only certifications still active on import are monitored (one to four checks in
 * their first year), suspended, revoked or re-issued.
 */
final class GeneratedCertification {

    /** Award years before the current round's. */
    private static final int PAST_YEARS = HistoryGenerator.YEARS - 1;

    /** The current round the full cases apply to, and their share of all certifications. */
    record CurrentRound(String id, CriteriaVersion criteria, int fullCasePercent) {
    }

    private final Random random;
    private final long seed;
    private final int index;
    private final LocalDate until;

    GeneratedCertification(long seed, int index, LocalDate until) {
        this.random = sourceFor(seed, index);
        this.seed = seed;
        this.index = index;
        this.until = until;
    }

    /** The random source of the index'th generated certification or case. */
    static Random sourceFor(long seed, int index) {
        return new Random(seed * 1_000_003L + index);
    }

    void sendTo(DemoCommands commands, CurrentRound round) {
        if (random.nextInt(100) < round.fullCasePercent()) {
            new GeneratedCase(random, seed, index).sendTo(commands, round.criteria(), round.id(), true);
        } else {
            sendAsImport(commands);
        }
    }

    private void sendAsImport(DemoCommands commands) {
        int year = until.getYear() - PAST_YEARS + index % PAST_YEARS;
        ServiceField field = ServiceField.values()[random.nextInt(ServiceField.values().length)];
        String number = CertificateNumberFormat.format(year, field, index / PAST_YEARS + 1);
        LocalDate from = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        int service = random.nextInt(Fictional.SERVICES.length);
        BigDecimal area1 = BigDecimal.valueOf(18 + random.nextInt(13));
        BigDecimal area2 = BigDecimal.valueOf(30 + random.nextInt(21));
        BigDecimal area3 = BigDecimal.valueOf(10 + random.nextInt(11));
        commands.as("ministry", "MINISTRY", new ImportCertificationCommand(number, String.valueOf(year),
                new CertifiedService(List.of(Fictional.HOLDERS[random.nextInt(Fictional.HOLDERS.length)]),
                        Fictional.SERVICES[service] + " " + (index + 1),
                        Fictional.SERVICES_EN[service] + " " + (index + 1), field,
                        ServiceLevel.values()[random.nextInt(3)],
                        Fictional.REGIONS[random.nextInt(Fictional.REGIONS.length)],
                        Map.of("1", area1, "2", area2, "3", area3), area1.add(area2).add(area3)),
                from, from.plusYears(2).minusDays(1), null));
        if (from.plusYears(2).minusMonths(3).isBefore(until)) {
            return; // already under re-review or expired on import: its history ended before the registry
        }
        monitor(commands, number, from);
        int fate = random.nextInt(100);
        if (fate < 10) {
            commands.as("ministry", "MINISTRY", new SuspendCertificationCommand(number, "운영 중단 확인"));
            if (fate < 5) {
                commands.as("ministry", "MINISTRY", new ReinstateCertificationCommand(number, "운영 재개 확인"));
            }
        } else if (fate < 13) {
            commands.as("ministry", "MINISTRY", new RevokeCertificationCommand(number, "허위 자료 제출",
                    "스마트도시법 제32조의2"));
        } else if (fate < 18) {
            commands.as("operator", "OPERATOR", new ReissueCertificateCommand(number,
                    List.of(Fictional.HOLDERS[random.nextInt(Fictional.HOLDERS.length)]), "상호 변경"));
        }
    }

    /** One to four checks in the validity's first year, none in the future. */
    private void monitor(DemoCommands commands, String number, LocalDate from) {
        int checks = 1 + random.nextInt(4);
        for (int check = 0; check < checks; check++) {
            LocalDate on = from.plusDays(30 + random.nextInt(330));
            if (!on.isAfter(until)) {
                commands.as("monitor", "MONITOR", new LogMonitoringCheckCommand(number, on, "서비스 운영 여부",
                        random.nextInt(10) > 0, "정상 운영 확인", List.of()));
            }
        }
    }
}
