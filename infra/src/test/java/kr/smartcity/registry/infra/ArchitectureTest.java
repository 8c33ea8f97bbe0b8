package kr.smartcity.registry.infra;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * DESIGN.md §2: dependencies point one way, command-side ← query-side ← public-site ← infra;
 * query-side and public-site use only the api packages of the modules below them; the web
 * reaches the domain only through the command and query gateways.
 */
class ArchitectureTest {

    private static final String ROOT = "kr.smartcity.registry.";
    private static final JavaClasses REGISTRY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kr.smartcity.registry");

    /** Classes of a module other than its {@code api} package. */
    private static DescribedPredicate<JavaClass> insideOf(String module) {
        return resideInAPackage(ROOT + module + "..").and(not(resideInAPackage(ROOT + module + ".api..")))
                .as("classes of " + module + " outside its api package");
    }

    @Test
    void theCommandSideDependsOnNoOtherModuleAndNoFramework() {
        noClasses().that().resideInAPackage(ROOT + "command..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + "query..", ROOT + "web..", ROOT + "infra..", "org.springframework..")
                .check(REGISTRY);
    }

    @Test
    void theQuerySideUsesOnlyTheCommandSideApi() {
        noClasses().that().resideInAPackage(ROOT + "query..")
                .should().dependOnClassesThat(insideOf("command"))
                .orShould().dependOnClassesThat().resideInAnyPackage(ROOT + "web..", ROOT + "infra..")
                .check(REGISTRY);
    }

    @Test
    void theWebUsesOnlyTheApiPackagesOfTheModulesBelow() {
        noClasses().that().resideInAPackage(ROOT + "web..")
                .should().dependOnClassesThat(insideOf("command"))
                .orShould().dependOnClassesThat(insideOf("query"))
                .orShould().dependOnClassesThat().resideInAPackage(ROOT + "infra..")
                .check(REGISTRY);
    }

    @Test
    void theWebReachesTheDomainOnlyThroughTheGateways() {
        noClasses().that().resideInAPackage(ROOT + "web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.commandhandling.CommandBus")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.queryhandling.QueryBus")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.axonframework.eventsourcing..",
                        "org.axonframework.eventhandling..", "org.springframework.data.mongodb..")
                .check(REGISTRY);
    }
}
