package io.ctibridge.architecture;

import static io.ctibridge.architecture.SourceTrees.AGGREGATOR_POM;
import static io.ctibridge.architecture.SourceTrees.JAR_POM;
import static io.ctibridge.architecture.SourceTrees.javaClass;
import static io.ctibridge.architecture.SourceTrees.write;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.ctibridge.planted.core.calllog.CallLogNeedsPop;
import io.ctibridge.planted.core.config.ConfigCallsAJob;
import io.ctibridge.planted.core.config.PlantedConfig;
import io.ctibridge.planted.core.lookup.LooksUpTheRoot;
import io.ctibridge.planted.core.lookup.LooksUpWithTheTestkit;
import io.ctibridge.planted.core.lookup.PlantedLookup;
import io.ctibridge.planted.core.pop.PopNeedsCallLog;
import io.ctibridge.planted.core.root.PlantedRoot;
import io.ctibridge.planted.core.root.RootCallsTheHandler;
import io.ctibridge.planted.core.stray.StrayClass;
import io.ctibridge.planted.function.HandlerBuildsItsOwnLookup;
import io.ctibridge.planted.function.handler.HandlerUsesTheCli;
import io.ctibridge.planted.function.handler.PlantedHandler;
import io.ctibridge.planted.testkit.PlantedTestkit;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule of {@link ArchitectureRules}, the very definitions {@link ArchitectureTest} checks, fails on a planted
 * violation: so none of them passes whatever it is given. The classes under {@code io.ctibridge.planted} stand in
 * for the production packages; each check imports the clean ones plus the violation under test, and the clean ones
 * alone pass every rule, so each failure is the planted class's.
 */
class PlantedViolationsTest {

    private static final String BASE = "io.ctibridge.planted";
    /** One class per layer, each using only what the layering allows. */
    private static final List<Class<?>> CLEAN =
            List.of(PlantedHandler.class, PlantedRoot.class, PlantedLookup.class, PlantedConfig.class);

    @Test
    void theCleanPlantedClassesPassEveryRule() {
        JavaClasses clean = cleanWith();
        ArchitectureRules.layering(BASE).check(clean);
        ArchitectureRules.everyClassInALayer(BASE).check(clean);
        ArchitectureRules.noPackageCycles(BASE).check(clean);
        ArchitectureRules.noDependencyOnToolsOrTesting(BASE).check(clean);
        ArchitectureRules.onlyTheRootBuildsServices(BASE, Set.of("PlantedLookup"))
                .check(clean);
    }

    @Test
    void r5FailsOnAHandlerBuildingAServiceItself() {
        assertFails(
                ArchitectureRules.onlyTheRootBuildsServices(BASE, Set.of("PlantedLookup")),
                HandlerBuildsItsOwnLookup.class,
                "PlantedLookup.<init>");
    }

    @Test
    void r1FailsOnAJobUsingTheCompositionRoot() {
        assertFails(ArchitectureRules.layering(BASE), LooksUpTheRoot.class, PlantedRoot.class.getName());
    }

    @Test
    void r1FailsOnASharedClassUsingAJob() {
        assertFails(ArchitectureRules.layering(BASE), ConfigCallsAJob.class, PlantedLookup.class.getName());
    }

    @Test
    void r1FailsOnTheCompositionRootUsingAHandler() {
        assertFails(ArchitectureRules.layering(BASE), RootCallsTheHandler.class, PlantedHandler.class.getName());
    }

    @Test
    void r1FailsOnACorePackageInNoLayer() {
        assertFails(ArchitectureRules.everyClassInALayer(BASE), StrayClass.class, "io.ctibridge.planted.core.stray");
    }

    @Test
    void r2FailsOnTwoPackagesUsingEachOther() {
        AssertionError error = assertThrows(
                AssertionError.class,
                () -> ArchitectureRules.noPackageCycles(BASE)
                        .check(cleanWith(PopNeedsCallLog.class, CallLogNeedsPop.class)));
        assertMentions(error, "Cycle detected", PopNeedsCallLog.class.getName(), CallLogNeedsPop.class.getName());
    }

    @Test
    void r3FailsOnCoreUsingTheTestkit() {
        assertFails(
                ArchitectureRules.noDependencyOnToolsOrTesting(BASE),
                LooksUpWithTheTestkit.class,
                PlantedTestkit.class.getName());
    }

    @Test
    void r3FailsOnAHandlerUsingTheCli() {
        assertFails(
                ArchitectureRules.noDependencyOnToolsOrTesting(BASE),
                HandlerUsesTheCli.class,
                "io.ctibridge.planted.cli.PlantedCli");
    }

    @Test
    void r4FailsOnTwoModulesSharingAPackage(@TempDir Path root) {
        write(root, "pom.xml", AGGREGATOR_POM);
        write(root, "layers/core/pom.xml", JAR_POM);
        javaClass(root, "layers/core", "src/main/java", "io.ctibridge.core.lookup", "CallerLookup");
        write(root, "testing/testkit/pom.xml", JAR_POM);
        javaClass(root, "testing/testkit", "src/main/java", "io.ctibridge.testkit", "Moto");
        // a test helper put in the core's package from another module: a split package
        javaClass(root, "testing/testkit", "src/test/java", "io.ctibridge.core.lookup", "LookupFixtures");
        ModulePackages modules = new ModulePackages(root);

        AssertionError error = assertThrows(AssertionError.class, modules::assertNoSplitPackages);

        assertMentions(error, "io.ctibridge.core.lookup in layers/core, testing/testkit");
        assertTrue(!error.getMessage().contains("io.ctibridge.testkit in"), error::getMessage);
    }

    private static void assertFails(ArchRule rule, Class<?> violation, String violated) {
        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(cleanWith(violation)));
        assertMentions(error, violation.getName(), violated);
    }

    private static void assertMentions(AssertionError error, String... expected) {
        for (String text : expected) {
            assertTrue(error.getMessage().contains(text), () -> "no '" + text + "' in:\n" + error.getMessage());
        }
    }

    private static JavaClasses cleanWith(Class<?>... planted) {
        return new ClassFileImporter()
                .importClasses(Stream.concat(CLEAN.stream(), Stream.of(planted)).toList());
    }
}
