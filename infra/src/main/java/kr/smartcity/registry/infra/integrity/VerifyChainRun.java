package kr.smartcity.registry.infra.integrity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.query.api.IntegrityMessages.BrokenLink;
import kr.smartcity.registry.query.api.IntegrityMessages.ChainCheck;
import kr.smartcity.registry.query.api.IntegrityMessages.DailyDigest;
import kr.smartcity.registry.query.api.IntegrityMessages.IntegrityReport;

/**
 * {@code java -jar registry.jar --registry.verify-chain[=yyyy-MM-dd]}: verifies the event chain of a stopped
 * registry's store, prints the report and ends with exit code 0 when intact, 1 when not, 2 when this store cannot be
 * verified. The date names the day whose digest is compared with the published one (default: the latest). Nothing
 * else runs meanwhile: no role, so no web server, event processors, deadlines or demo data.
 */
@Component
@ConditionalOnProperty("registry.verify-chain")
public final class VerifyChainRun implements ApplicationRunner, ExitCodeGenerator {

    private static final String OPTION = "--registry.verify-chain";
    private static final List<String> NOTHING_ELSE = List.of("--registry.roles=",
            "--spring.main.web-application-type=none", "--logging.level.root=ERROR");

    private final ObjectProvider<IntegrityCheck> check;
    private final String day;
    private int exitCode = 2;

    VerifyChainRun(ObjectProvider<IntegrityCheck> check, @Value("${registry.verify-chain:}") String day) {
        this.check = check;
        this.day = day;
    }

    public static boolean requested(String... args) {
        return Arrays.stream(args).anyMatch(arg -> arg.equals(OPTION) || arg.startsWith(OPTION + "="));
    }

    /** The arguments with the settings that keep everything else from running, unless given otherwise. */
    public static String[] arguments(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        for (String setting : NOTHING_ELSE) {
            String key = setting.substring(0, setting.indexOf('=') + 1);
            if (all.stream().noneMatch(arg -> arg.startsWith(key))) {
                all.add(setting);
            }
        }
        return all.toArray(String[]::new);
    }

    @Override
    public void run(ApplicationArguments args) {
        IntegrityCheck available = check.getIfAvailable();
        if (available == null) {
            System.out.println("This event store cannot be verified here: only Axon's JDBC event store can"
                    + " (ADR 0006).");
            return;
        }
        IntegrityReport report = available.check(day.isEmpty() ? null : LocalDate.parse(day));
        System.out.println(describe(report));
        exitCode = report.intact() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private static String describe(IntegrityReport report) {
        ChainCheck chain = report.chain();
        StringBuilder text = new StringBuilder()
                .append("Event chain ").append(report.intact() ? "INTACT" : "NOT INTACT")
                .append(" (checked ").append(report.checkedAt()).append(")\n")
                .append("  events: ").append(chain.events()).append(" in ").append(chain.streams())
                .append(" aggregate streams; chained ").append(chain.chainedEvents())
                .append(", unchained (stored before chaining) ").append(chain.unchainedEvents()).append('\n')
                .append("  broken links: ").append(chain.brokenLinks()).append('\n');
        BrokenLink first = chain.firstBrokenLink();
        if (first != null) {
            text.append("  first broken link: ").append(first.problem()).append(" at ").append(first.aggregateType())
                    .append(' ').append(first.aggregateId()).append(" #").append(first.sequence())
                    .append(" (event ").append(first.eventId()).append(")\n")
                    .append("    expected ").append(first.expected()).append('\n')
                    .append("    stored   ").append(first.stored()).append('\n');
        }
        DailyDigest digest = report.digest();
        text.append("  digest of ").append(digest.date()).append(" (as the day began, KST): ").append(digest.digest())
                .append(" over ").append(digest.events()).append(" events\n")
                .append("  published for that day: ")
                .append(report.published() == null ? "none"
                        : report.published().digest() + (report.matchesPublished() ? " (matches)" : " (DIFFERS)"));
        return text.toString();
    }
}
