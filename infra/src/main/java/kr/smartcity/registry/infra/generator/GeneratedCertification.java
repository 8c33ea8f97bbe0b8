package kr.smartcity.registry.infra.generator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

import kr.smartcity.registry.command.api.AuditMetadata;
import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.CertificationMessages.ImportCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.LogMonitoringCheckCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ReinstateCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ReissueCertificateCommand;
import kr.smartcity.registry.command.api.CertificationMessages.RevokeCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.SuspendCertificationCommand;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.decision.CertificateNumberFormat;

/**
 * One fictional certification (가상 데이터) and what happens to it, drawn from a random source seeded by the
 * generator's seed and the certification's index. Award years run over the ten years up to {@code until};
 * each year's sequence numbers are the indexes falling in that year, so numbers never collide. Only certifications
 * still active on import are monitored, suspended, revoked or re-issued.
 */
final class GeneratedCertification {

    private static final int YEARS = 10;
    private static final String[] SERVICES = {"스마트 횡단보도", "스마트 가로등", "스마트 주차 안내", "버스정보시스템",
            "스마트 쉼터", "도시통합관제", "스마트 분리수거", "디지털 트윈 관리", "안심 귀갓길", "스마트 도서관"};
    private static final String[] SERVICES_EN = {"Smart crosswalk", "Smart streetlight", "Smart parking guide",
            "Bus information system", "Smart shelter", "Integrated city control", "Smart recycling",
            "Digital twin management", "Safe way home", "Smart library"};
    private static final String[] REGIONS = {"서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시",
            "대전광역시", "울산광역시", "세종특별자치시", "경기도", "강원특별자치도", "충청북도", "충청남도",
            "전북특별자치도", "전라남도", "경상북도", "경상남도", "제주특별자치도"};
    private static final String[] HOLDERS = {"가온시티(주)", "누리교통(주)", "다온에너지(주)", "라온안전(주)",
            "마루데이터(주)", "바다정보(주)", "사랑시", "아름군", "자람구", "하늘시"};

    private final Random random;
    private final int index;
    private final LocalDate until;

    GeneratedCertification(long seed, int index, LocalDate until) {
        this.random = new Random(seed * 1_000_003L + index);
        this.index = index;
        this.until = until;
    }

    void sendTo(Commands commands) {
        int year = until.getYear() - YEARS + 1 + index % YEARS;
        ServiceField field = ServiceField.values()[random.nextInt(ServiceField.values().length)];
        String number = CertificateNumberFormat.format(year, field, index / YEARS + 1);
        LocalDate from = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        if (from.isAfter(until)) {
            from = until.minusDays(random.nextInt(30));
        }
        int service = random.nextInt(SERVICES.length);
        BigDecimal area1 = BigDecimal.valueOf(18 + random.nextInt(13));
        BigDecimal area2 = BigDecimal.valueOf(30 + random.nextInt(21));
        BigDecimal area3 = BigDecimal.valueOf(10 + random.nextInt(11));
        commands.as("ministry", "MINISTRY", new ImportCertificationCommand(number, String.valueOf(year),
                new CertifiedService(List.of(HOLDERS[random.nextInt(HOLDERS.length)]),
                        SERVICES[service] + " " + (index + 1), SERVICES_EN[service] + " " + (index + 1), field,
                        ServiceLevel.values()[random.nextInt(3)], REGIONS[random.nextInt(REGIONS.length)],
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
                    List.of(HOLDERS[random.nextInt(HOLDERS.length)]), "상호 변경"));
        }
    }

    /** One to four checks in the validity's first year, none in the future. */
    private void monitor(Commands commands, String number, LocalDate from) {
        int checks = 1 + random.nextInt(4);
        for (int check = 0; check < checks; check++) {
            LocalDate on = from.plusDays(30 + random.nextInt(330));
            if (!on.isAfter(until)) {
                commands.as("monitor", "MONITOR", new LogMonitoringCheckCommand(number, on, "서비스 운영 여부",
                        random.nextInt(10) > 0, "정상 운영 확인", List.of()));
            }
        }
    }

    /** Sends each command signed by the account that would send it, and counts them. */
    static final class Commands {

        private final CommandGateway gateway;
        private final AtomicLong sent = new AtomicLong();

        Commands(CommandGateway gateway) {
            this.gateway = gateway;
        }

        void as(String account, String role, Object command) {
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(Map.of(AuditMetadata.ACTOR, account, AuditMetadata.ROLE, role)));
            sent.incrementAndGet();
        }

        long sent() {
            return sent.get();
        }
    }
}
