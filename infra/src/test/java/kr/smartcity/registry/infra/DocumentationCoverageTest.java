package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.SpringVersion;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.security.core.SpringSecurityCoreVersion;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

import kr.smartcity.registry.command.criteria.CriteriaCatalog;
import kr.smartcity.registry.command.criteria.CriteriaVersion;

/**
 * Keeps the design documents and manuals (평가지표 3.2.1 시스템 설계서, 3.2.2 매뉴얼, 3.1.2 접근성 자체평가) current
 * with the code, read from the code itself so nobody has to list anything twice: every page has a screen definition
 * and an accessibility row, every event is in the catalog, every read-model document is described, the versions
 * the manuals name are the ones the build uses, and the area-3 self-assessment scores each indicator of the criteria
 * within its maximum and adds up. No registry is started: the pages are read from the controllers' mapping
 * annotations, as Spring MVC reads them.
 */
class DocumentationCoverageTest {

    private static final Path ROOT = Path.of("..");
    private static final Path DOCS = ROOT.resolve("docs");

    @Test
    void everyPageHasAScreenDefinitionAndAnAccessibilityRow() {
        Set<String> pages = pages();
        assertThat(pages).as("pages found in the controllers").contains("/", "/login", "/staff",
                "/staff/operator/applications/{id}");
        assertThat(missingFrom(DOCS.resolve("screens.md"), pages)).as("pages missing from docs/screens.md").isEmpty();
        assertThat(missingFrom(DOCS.resolve("accessibility.md"), pages)).as("pages missing from docs/accessibility.md")
                .isEmpty();
    }

    @Test
    void everyEventIsInTheCatalog() {
        Set<String> events = new TreeSet<>();
        for (String type : classesIn("kr.smartcity.registry.command.api", new RegexPatternTypeFilter(
                Pattern.compile(".*Messages")))) {
            Arrays.stream(load(type).getDeclaredClasses())
                    .filter(nested -> nested.isRecord() && nested.getSimpleName().endsWith("Event"))
                    .forEach(event -> events.add(event.getSimpleName()));
        }
        assertThat(events).as("events found").hasSizeGreaterThan(20);
        assertThat(missingFrom(DOCS.resolve("events.md"), events)).as("events missing from docs/events.md").isEmpty();
    }

    @Test
    void everyReadModelDocumentIsDefined() {
        Set<String> described = new TreeSet<>();
        for (String type : classesIn("kr.smartcity.registry", new AnnotationTypeFilter(Document.class))) {
            Class<?> document = load(type);
            described.add(document.getSimpleName());
            described.add(AnnotatedElementUtils.findMergedAnnotation(document, Document.class).collection());
        }
        assertThat(described).as("read-model documents found").contains("RegistryEntry", "registry_entries");
        assertThat(missingFrom(DOCS.resolve("read-models.md"), described))
                .as("read-model classes or collections missing from docs/read-models.md").isEmpty();
    }

    @Test
    void theManualsNameTheVersionsTheBuildUses() {
        Map<String, String> built = new LinkedHashMap<>();
        built.put("JDK", pomProperty("java.version"));
        built.put("Spring Boot", SpringBootVersion.getVersion());
        built.put("Spring Framework", SpringVersion.getVersion());
        built.put("Spring Security", SpringSecurityCoreVersion.getVersion());
        built.put("Axon Framework", mavenVersion("org.axonframework", "axon-messaging"));
        built.put("MongoDB Java driver", com.mongodb.internal.build.MongoDriverVersion.VERSION);
        built.put("mongo-java-server", pomProperty("mongo-java-server.version"));
        built.put("H2", org.h2.engine.Constants.VERSION);
        built.put("Apache Tomcat", org.apache.catalina.util.ServerInfo.getServerNumber().replaceFirst("\\.0$", ""));
        built.put("Thymeleaf", org.thymeleaf.Thymeleaf.getVersion());
        built.put("Quartz", org.quartz.core.QuartzScheduler.getVersionMajor() + "."
                + org.quartz.core.QuartzScheduler.getVersionMinor() + "."
                + org.quartz.core.QuartzScheduler.getVersionIteration());
        String compose = read(ROOT.resolve("infra/deploy/compose.yaml"));
        built.put("Axon Server", imageTag(compose, "axoniq/axonserver"));
        built.put("MongoDB server", imageTag(compose, "mongo"));
        built.put("PostgreSQL", imageTag(compose, "postgres"));
        built.put("Java runtime image", imageTag(read(ROOT.resolve("infra/deploy/Dockerfile")), "eclipse-temurin"));
        assertThat(pomProperty("axon.version")).as("Axon in the pom and on the class path")
                .isEqualTo(built.get("Axon Framework"));

        String versions = read(DOCS.resolve("versions.md"));
        SoftAssertions.assertSoftly(soft -> built.forEach((component, version) -> soft.assertThat(versions)
                .as("docs/versions.md names %s %s", component, version)
                .containsPattern("(?m)^\\| " + Pattern.quote(component) + " \\| `" + Pattern.quote(version) + "` \\|")));

        try (Stream<Path> manuals = Files.list(DOCS.resolve("manuals"))) {
            Stream.concat(manuals, Stream.of(DOCS.resolve("security.md"), DOCS.resolve("maintenance.md")))
                    .forEach(manual -> assertThat(read(manual)).as("%s links the versions", manual)
                            .contains("versions.md)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSelfAssessmentScoresEveryAreaThreeIndicatorWithinItsMaximum() {
        CriteriaVersion criteria = CriteriaCatalog.onClasspath().version("2023");
        Map<String, BigDecimal> maxima = new LinkedHashMap<>();
        criteria.indicators().filter(indicator -> indicator.areaCode().equals("3"))
                .forEach(indicator -> maxima.put(indicator.code(), indicator.maxPoints().toBigDecimal()));
        assertThat(maxima).as("area-3 indicators of the 2023 criteria").hasSize(9);

        String text = read(DOCS.resolve("self-assessment.md"));
        Matcher row = Pattern.compile("(?m)^\\| (3\\.\\d\\.\\d\\.\\d) \\|[^|]*\\| ([\\d.]+) \\| ([\\d.]+) \\| ([\\d.]+) \\|")
                .matcher(text);
        Map<String, BigDecimal> claimed = new LinkedHashMap<>();
        while (row.find()) {
            BigDecimal max = new BigDecimal(row.group(2));
            assertThat(max).as("maximum of %s", row.group(1)).isEqualByComparingTo(maxima.get(row.group(1)));
            assertThat(new BigDecimal(row.group(3))).as("claim of %s", row.group(1)).isBetween(BigDecimal.ZERO, max);
            assertThat(new BigDecimal(row.group(4))).as("strict reading of %s", row.group(1))
                    .isBetween(BigDecimal.ZERO, new BigDecimal(row.group(3)));
            claimed.put(row.group(1), new BigDecimal(row.group(3)));
        }
        assertThat(claimed.keySet()).as("indicators scored in docs/self-assessment.md")
                .containsExactlyElementsOf(maxima.keySet());
        BigDecimal total = claimed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(text).as("the stated total").contains("**Total claimed: " + total.stripTrailingZeros().toPlainString()
                + " / " + criteria.area("3").orElseThrow().maxPoints().toBigDecimal().stripTrailingZeros().toPlainString()
                + ".**");
    }

    /** Every GET address of a controller that answers with a view (a page), not a file or a REST answer. */
    private static Set<String> pages() {
        Set<String> pages = new TreeSet<>();
        for (String type : classesIn("kr.smartcity.registry.web", new AnnotationTypeFilter(Controller.class))) {
            Class<?> controller = load(type);
            if (AnnotatedElementUtils.hasAnnotation(controller, ResponseBody.class)) {
                continue;
            }
            RequestMapping base = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
            List<String> prefixes = base == null || base.path().length == 0 ? List.of("") : List.of(base.path());
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping == null || !List.of(mapping.method()).contains(RequestMethod.GET)
                        || method.getReturnType() != String.class
                        || AnnotatedElementUtils.hasAnnotation(method, ResponseBody.class)) {
                    continue;
                }
                List<String> paths = mapping.path().length == 0 ? List.of("") : List.of(mapping.path());
                for (String prefix : prefixes) {
                    paths.forEach(path -> pages.add((prefix + path).isEmpty() ? "/" : prefix + path));
                }
            }
        }
        return pages;
    }

    /** Each name that does not appear in the document as code ({@code `name`}). */
    private static Set<String> missingFrom(Path document, Set<String> names) {
        String text = read(document);
        Set<String> missing = new TreeSet<>(names);
        missing.removeIf(name -> text.contains("`" + name + "`"));
        return missing;
    }

    private static List<String> classesIn(String basePackage, TypeFilter filter) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(filter);
        return scanner.findCandidateComponents(basePackage).stream().map(BeanDefinition::getBeanClassName).sorted()
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, DocumentationCoverageTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pomProperty(String name) {
        Matcher property = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(read(ROOT.resolve(
                "pom.xml")));
        assertThat(property.find()).as("pom.xml sets %s", name).isTrue();
        return property.group(1);
    }

    private static String mavenVersion(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = DocumentationCoverageTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tag of the one image of that name a deployment file uses (every use must agree). */
    private static String imageTag(String deployment, String image) {
        Matcher use = Pattern.compile("(?:image:|FROM)\\s+" + Pattern.quote(image) + ":(\\S+)").matcher(deployment);
        Set<String> tags = new TreeSet<>();
        while (use.find()) {
            tags.add(use.group(1));
        }
        assertThat(tags).as("tags of %s", image).hasSize(1);
        return tags.iterator().next();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
