package kr.smartcity.registry.infra.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.CertificationMessages.ImportCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.LogMonitoringCheckCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ProposeCertificationActionCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ReinstateCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ReissueCertificateCommand;
import kr.smartcity.registry.command.api.CertificationMessages.RevokeCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.SuspendCertificationCommand;
import kr.smartcity.registry.command.api.ProposedAction;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/** Imports the fictional certifications of {@code demo/certifications.tsv} and applies their listed steps. */
final class DemoCertifications {

    private static final String FILE = "demo/certifications.tsv";

    private final DemoCommands commands;

    DemoCertifications(DemoCommands commands) {
        this.commands = commands;
    }

    void load() {
        for (String line : lines()) {
            String[] column = line.split("\t", -1);
            String number = column[0];
            BigDecimal area1 = new BigDecimal(column[8]);
            BigDecimal area2 = new BigDecimal(column[9]);
            BigDecimal area3 = new BigDecimal(column[10]);
            LocalDate from = LocalDate.now(Seoul.ZONE).minusDays(Long.parseLong(column[11].replace("today-", "")));
            commands.as("ministry", "MINISTRY", new ImportCertificationCommand(number, column[1],
                    new CertifiedService(List.of(column[2].split(";")), column[3], column[4],
                            ServiceField.valueOf(column[5]), ServiceLevel.valueOf(column[6]), column[7],
                            Map.of("1", area1, "2", area2, "3", area3), area1.add(area2).add(area3)),
                    from, from.plusYears(2).minusDays(1), null));
            Arrays.stream(column[12].split(";")).filter(step -> !step.isBlank())
                    .forEach(step -> apply(number, step));
        }
    }

    private void apply(String number, String step) {
        String action = step.substring(0, step.indexOf(':'));
        String[] detail = step.substring(step.indexOf(':') + 1).split("\\|");
        switch (action) {
            case "MONITOR" -> commands.as("monitor", "MONITOR", new LogMonitoringCheckCommand(number,
                    LocalDate.now(), "서비스 운영 여부", true, detail[0], List.of()));
            case "SUSPEND" -> commands.as("ministry", "MINISTRY", new SuspendCertificationCommand(number, detail[0]));
            case "REINSTATE" -> commands.as("ministry", "MINISTRY",
                    new ReinstateCertificationCommand(number, detail[0]));
            case "REVOKE" -> commands.as("ministry", "MINISTRY",
                    new RevokeCertificationCommand(number, detail[0], detail[1]));
            case "REISSUE" -> commands.as("ministry", "MINISTRY",
                    new ReissueCertificateCommand(number, List.of(detail[0]), detail[1]));
            case "PROPOSE" -> commands.as("monitor", "MONITOR",
                    new ProposeCertificationActionCommand(number, ProposedAction.valueOf(detail[0]), detail[1]));
            default -> throw new IllegalStateException(FILE + ": unknown step " + step);
        }
    }

    private static List<String> lines() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
