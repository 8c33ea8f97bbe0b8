package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** The packaged registry jar running as a separate process, so a test can kill it with SIGKILL. */
final class RegistryProcess {

    private static final Pattern READY = Pattern.compile("Registry ready at http://localhost:(\\d+)/");
    /**
     * The generator's history without full evaluation cases: imported certifications and what follows them. The
     * drills are about the read models and the stores, which this exercises in seconds instead of the minutes that
     * scoring cases (~150 events each) would take.
     */
    static final String IMPORTS_ONLY = "--registry.generator.full-case-percent=0";

    private final Process process;
    private final int port;

    private RegistryProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static RegistryProcess start(Path dataDir, Path log, String... moreArgs) throws IOException {
        return start(launch(log, registryArgs(dataDir, moreArgs)), log);
    }

    /**
     * Under {@code ulimit -f}: no file the registry writes may grow past {@code kilobytes} (a write beyond fails with
     * "File too large", as on a full disk). The log is copied from a pipe by this JVM, so it is not limited.
     */
    static RegistryProcess startWithFileSizeLimit(Path dataDir, Path log, long kilobytes, String... moreArgs)
            throws IOException {
        return start(launchLimited(log, kilobytes, registryArgs(dataDir, moreArgs)), log);
    }

    /** A run of the jar under {@code ulimit -f} that is expected to end by itself: its exit code. */
    static int runWithFileSizeLimit(Path log, long kilobytes, String... args) throws IOException, InterruptedException {
        return exitCode(launchLimited(log, kilobytes, List.of(args)), log);
    }

    private static List<String> registryArgs(Path dataDir, String... moreArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--registry.data-dir=" + dataDir, "--registry.demo.load-data=false"));
        args.addAll(List.of(moreArgs));
        return args;
    }

    private static RegistryProcess start(Process process, Path log) {
        int[] port = new int[1];
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("The registry exited: see " + log);
            }
            Matcher ready = READY.matcher(Files.readString(log));
            if (ready.find()) {
                port[0] = Integer.parseInt(ready.group(1));
                return true;
            }
            return false;
        });
        return new RegistryProcess(process, port[0]);
    }

    /** A one-off run of the jar that exits by itself (a restore, a chain verification): its exit code. */
    static int run(Path log, String... args) throws IOException, InterruptedException {
        return exitCode(launch(log, List.of(args)), log);
    }

    private static int exitCode(Process process, Path log) throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("Still running after 2 minutes: see " + log);
        }
        return process.exitValue();
    }

    private static Process launch(Path log, List<String> args) throws IOException {
        return new ProcessBuilder(javaJar(args))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static Process launchLimited(Path log, long kilobytes, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "ulimit -f \"$0\" && exec \"$@\"",
                Long.toString(kilobytes)));
        command.addAll(javaJar(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        OutputStream copy = Files.newOutputStream(log);
        Thread copier = new Thread(() -> {
            try (InputStream output = process.getInputStream(); copy) {
                output.transferTo(copy);
            } catch (IOException e) {
                // the process ended: its output ends here
            }
        });
        copier.setDaemon(true);
        copier.start();
        return process;
    }

    private static List<String> javaJar(List<String> args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = System.getProperty("registry.jar", "target/registry.jar");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar));
        command.addAll(args);
        return command;
    }

    /** Every processor running, not replaying, at the head of the event store. */
    void awaitCaughtUp() {
        RegistryClient api = client();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (JsonNode processor : api.get("/api/v1/admin/projections", "admin").json()) {
                assertThat(processor.get("status").asText()).as(processor.toString()).isEqualTo("running");
                assertThat(processor.get("position").asLong()).as(processor.toString())
                        .isEqualTo(processor.get("head").asLong());
            }
        });
    }

    RegistryClient client() {
        return new RegistryClient(port);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM: Spring closes the stores in order. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
