package org.chokepoint.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module arrows pointing one way: model <- reference <- knowledge <- ingest <- engine <- cli (engine does not use ingest today, but may). It lives in the cli module
 * because cli's test classpath holds every other module. A new module adds its layer here.
 */
class ArchitectureTest {

    private static final String MODEL = "org.chokepoint.model..";
    private static final String REFERENCE = "org.chokepoint.reference..";
    private static final String KNOWLEDGE = "org.chokepoint.knowledge..";
    private static final String INGEST = "org.chokepoint.ingest..";
    private static final String ENGINE = "org.chokepoint.engine..";
    private static final String CLI = "org.chokepoint.cli..";

    private static JavaClasses chokepoint;

    @BeforeAll
    static void importClasses() {
        chokepoint = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.chokepoint");
    }

    @Test
    void everyModuleIsImported() {
        assertThat(chokepoint.stream()
                        .map(c -> c.getPackageName().split("\\.")[2])
                        .distinct())
                .contains("model", "reference", "knowledge", "ingest", "engine", "cli");
    }

    @Test
    void modulesDependOnlyOnModulesAboveThem() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("model")
                .definedBy(MODEL)
                .layer("reference")
                .definedBy(REFERENCE)
                .layer("knowledge")
                .definedBy(KNOWLEDGE)
                .layer("ingest")
                .definedBy(INGEST)
                .layer("engine")
                .definedBy(ENGINE)
                .layer("cli")
                .definedBy(CLI)
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("engine")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("ingest")
                .mayOnlyBeAccessedByLayers("engine", "cli")
                .whereLayer("knowledge")
                .mayOnlyBeAccessedByLayers("ingest", "engine", "cli")
                .whereLayer("reference")
                .mayOnlyBeAccessedByLayers("knowledge", "ingest", "engine", "cli")
                .whereLayer("model")
                .mayOnlyBeAccessedByLayers("reference", "knowledge", "ingest", "engine", "cli")
                .check(chokepoint);
    }

    @Test
    void everyClassBelongsToAKnownModule() {
        classes()
                .should()
                .resideInAnyPackage(MODEL, REFERENCE, KNOWLEDGE, INGEST, ENGINE, CLI)
                .check(chokepoint);
    }

    @Test
    void modelDependsOnTheJdkOnly() {
        noClasses()
                .that()
                .resideInAPackage(MODEL)
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", MODEL)
                .check(chokepoint);
    }
}
