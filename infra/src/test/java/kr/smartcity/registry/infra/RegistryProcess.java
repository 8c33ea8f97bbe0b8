package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
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

    private final Process process;
    private final int port;

    private RegistryProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static RegistryProcess start(Path dataDir, Path log, String... moreArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of("--server.port=0",
                "--registry.data-dir=" + dataDir, "--registry.demo.load-data=false"));
        command.addAll(List.of(moreArgs));
        Process process = launch(log, command);
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
        Process process = launch(log, List.of(args));
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("Still running after 2 minutes: see " + log);
        }
        return process.exitValue();
    }

    private static Process launch(Path log, List<String> args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = System.getProperty("registry.jar", "target/registry.jar");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar));
        command.addAll(args);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
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
