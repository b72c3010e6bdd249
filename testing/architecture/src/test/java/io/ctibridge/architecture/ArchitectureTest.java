package io.ctibridge.architecture;

import static io.ctibridge.architecture.ArchitectureRules.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ArchitectureRules} over the production classes of layers/core and the four functions (test
 * dependencies of this module; their test classes are not on this class path, and this module's own are left out),
 * and R4 over the source tree of every module.
 */
class ArchitectureTest {

    /** What only the composition root constructs. */
    private static final Set<String> SERVICES = Set.of(
            "CallerLookup",
            "ScreenPopService",
            "ScreenPopEndpoint",
            "CallLogger",
            "FlowOperations",
            "ContactAnalysisApplier");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(BASE + ".core", BASE + ".function");

    /** The rules below would pass on nothing: check that the classes are there, and only those. */
    @Test
    void importsTheLayerAndTheFourFunctionsAndNoTestCode() {
        Set<String> packages =
                PRODUCTION.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        for (String expected : List.of(
                "io.ctibridge.core.root",
                "io.ctibridge.core.priming",
                "io.ctibridge.core.lookup",
                "io.ctibridge.core.pop",
                "io.ctibridge.core.calllog",
                "io.ctibridge.core.config",
                "io.ctibridge.core.salesforce",
                "io.ctibridge.function.lookup",
                "io.ctibridge.function.pop",
                "io.ctibridge.function.contactrecord",
                "io.ctibridge.function.contactevent")) {
            assertTrue(packages.contains(expected), () -> expected + " not imported; imported: " + packages);
        }
        List<String> unexpected = packages.stream()
                .filter(pkg -> !pkg.startsWith("io.ctibridge.core.") && !pkg.startsWith("io.ctibridge.function."))
                .sorted()
                .toList();
        assertEquals(List.of(), unexpected, "only the layer's and the functions' production packages");
        List<String> testClasses = PRODUCTION.stream()
                .map(JavaClass::getName)
                .filter(name -> name.endsWith("Test") || name.endsWith("IT"))
                .toList();
        assertEquals(List.of(), testClasses, "test classes imported");
    }

    /**
     * Every production class on the classpath: the layer, the functions, the operator CLI and the harnesses of
     * testing/ (bench, reliability, local stack, emulator), whose main code must build services through the root too.
     */
    private static final JavaClasses EVERY_MODULE = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(BASE);

    @Test
    void r5OnlyTheCompositionRootBuildsTheServices_inAnyModule() {
        Set<String> modules =
                EVERY_MODULE.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        for (String expected :
                List.of("io.ctibridge.cli", "io.ctibridge.bench", "io.ctibridge.reliability", "io.ctibridge.local")) {
            assertTrue(modules.contains(expected), () -> expected + " not imported");
        }
        ArchitectureRules.onlyTheRootBuildsServices(BASE, SERVICES).check(EVERY_MODULE);
    }

    @Test
    void r1HandlersOverCompositionOverJobsOverShared() {
        ArchitectureRules.layering(BASE).check(PRODUCTION);
    }

    @Test
    void r1EveryClassIsInALayer() {
        ArchitectureRules.everyClassInALayer(BASE).check(PRODUCTION);
    }

    @Test
    void r2NoCyclesBetweenPackages() {
        ArchitectureRules.noPackageCycles(BASE).check(PRODUCTION);
    }

    @Test
    void r3ShippedCodeDoesNotDependOnToolsOrTesting() {
        ArchitectureRules.noDependencyOnToolsOrTesting(BASE).check(PRODUCTION);
    }

    @Test
    void r4NoPackageIsSplitAcrossModules() {
        ModulePackages modules = new ModulePackages(ModulePackages.repositoryRoot());
        Set<String> found = modules.packagesByModule().keySet();
        for (String expected : List.of(
                "layers/core",
                "functions/caller-lookup",
                "functions/screen-pop",
                "functions/contact-records",
                "functions/contact-events",
                "tools/cli",
                "testing/testkit",
                "testing/architecture")) {
            assertTrue(found.contains(expected), () -> expected + " not found; modules found: " + found);
        }
        modules.assertNoSplitPackages();
    }
}
