package kr.smartcity.registry.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole registry, started in this JVM on a random port over a given data directory. */
final class RunningRegistry implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final RegistryClient client;

    private RunningRegistry(ConfigurableApplicationContext context) {
        this.context = context;
        this.client = new RegistryClient(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    static RunningRegistry start(Path dataDir, String... moreArgs) {
        return start(dataDir, new Class<?>[0], moreArgs);
    }

    /** As the README's run command does: demo accounts and the demo data set. */
    static RunningRegistry startWithDemoData(Path dataDir) {
        return new RunningRegistry(new SpringApplicationBuilder(RegistryApplication.class)
                .run("--server.port=0", "--registry.data-dir=" + dataDir, schedulerOf(dataDir)));
    }

    /** With more configuration classes, e.g. a bean the test adds to the registry's wiring. */
    static RunningRegistry start(Path dataDir, Class<?>[] moreSources, String... moreArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--registry.data-dir=" + dataDir,
                schedulerOf(dataDir),
                "--registry.demo.enabled=true",
                "--registry.demo.load-data=false"));
        args.addAll(List.of(moreArgs));
        return new RunningRegistry(new SpringApplicationBuilder(RegistryApplication.class)
                .sources(moreSources)
                .run(args.toArray(String[]::new)));
    }

    /**
     * Quartz keeps each scheduler's data source in one JVM-wide table by scheduler name: two registries alive in one
     * JVM (the staff pages' shared one and a test's own) must not share a name, or closing one closes the other's
     * deadlines. Named after the data directory, the name stays the same when a test restarts a registry over it.
     */
    private static String schedulerOf(Path dataDir) {
        return "--spring.quartz.scheduler-name=registry-" + Integer.toHexString(dataDir.toAbsolutePath().hashCode());
    }

    RegistryClient client() {
        return client;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    @Override
    public void close() {
        context.close();
    }
}
