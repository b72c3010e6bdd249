package io.ctibridge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The architecture rules, each over a base package: {@value #BASE} for the real code ({@link ArchitectureTest}),
 * {@code io.ctibridge.planted} for the planted violations ({@link PlantedViolationsTest}), so both check the very
 * same rules.
 */
final class ArchitectureRules {

    /** The base package of the production code. */
    static final String BASE = "io.ctibridge";

    static final String HANDLERS = "Handlers";
    static final String COMPOSITION = "Composition";
    static final String JOBS = "Jobs";
    static final String SHARED = "Shared";

    private static final List<String> COMPOSITION_PACKAGES = List.of("root", "priming");
    private static final List<String> JOB_PACKAGES = List.of("lookup", "pop", "calllog", "operation");
    private static final List<String> SHARED_PACKAGES =
            List.of("config", "contact", "poptoken", "salesforce", "phone", "aws", "observability", "time");
    /** The test infrastructure (testing/) and the operator CLI (tools/cli): never a dependency of shipped code. */
    private static final List<String> TOOL_AND_TEST_PACKAGES =
            List.of("cli", "emulator", "testkit", "local", "bench", "reliability");

    private ArchitectureRules() {}

    /**
     * R1: the handlers (functions/) over the composition root over the jobs over the shared packages. Handlers are
     * accessed by no layer, the composition root only by the handlers, a job only by the composition root, the
     * handlers and other jobs; every layer may use the shared packages.
     */
    static ArchRule layering(String base) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer(HANDLERS)
                .definedBy(handlerPackages(base))
                .layer(COMPOSITION)
                .definedBy(corePackages(base, COMPOSITION_PACKAGES))
                .layer(JOBS)
                .definedBy(corePackages(base, JOB_PACKAGES))
                .layer(SHARED)
                .definedBy(corePackages(base, SHARED_PACKAGES))
                .whereLayer(HANDLERS)
                .mayNotBeAccessedByAnyLayer()
                .whereLayer(COMPOSITION)
                .mayOnlyBeAccessedByLayers(HANDLERS)
                .whereLayer(JOBS)
                .mayOnlyBeAccessedByLayers(COMPOSITION, HANDLERS);
    }

    /**
     * R1's completeness: every class of the layer and the functions is in one of R1's layers, so a new package under
     * {@code core} (which R1, considering only dependencies in layers, would not see) must be given a layer.
     */
    static ArchRule everyClassInALayer(String base) {
        String[] layered = Stream.of(
                        handlerPackages(base),
                        corePackages(base, COMPOSITION_PACKAGES),
                        corePackages(base, JOB_PACKAGES),
                        corePackages(base, SHARED_PACKAGES))
                .flatMap(Stream::of)
                .toArray(String[]::new);
        return classes()
                .that()
                .resideInAnyPackage(base + ".core..", base + ".function..")
                .should()
                .resideInAnyPackage(layered)
                .because("R1 sees only dependencies between packages that belong to a layer");
    }

    /** R2: no cycle between any two packages. */
    static ArchRule noPackageCycles(String base) {
        return slices().matching(base + ".(**)").should().beFreeOfCycles();
    }

    /** R3: shipped code (layers/, functions/) does not depend on the operator CLI (tools/) or test code (testing/). */
    static ArchRule noDependencyOnToolsOrTesting(String base) {
        return noClasses()
                .that()
                .resideInAnyPackage(base + ".core..", base + ".function..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(TOOL_AND_TEST_PACKAGES.stream()
                        .map(name -> base + "." + name + "..")
                        .toArray(String[]::new))
                .because("tools/ and testing/ are not shipped in the layer or the function zips");
    }

    private static String[] handlerPackages(String base) {
        return new String[] {base + ".function.."};
    }

    private static String[] corePackages(String base, List<String> names) {
        return names.stream().map(name -> base + ".core." + name + "..").toArray(String[]::new);
    }

    /**
     * R5: the composition root is the one place that builds the jobs' services ({@code services}, simple names of
     * classes under {@code base.core}): no handler, CLI command, harness or other core class calls their
     * constructors, so a new collaborator is added in the root once.
     */
    static ArchRule onlyTheRootBuildsServices(String base, Set<String> services) {
        DescribedPredicate<JavaConstructorCall> buildsAService = DescribedPredicate.describe(
                "the constructor of " + services,
                call -> call.getTargetOwner().getPackageName().startsWith(base + ".core.")
                        && services.contains(call.getTargetOwner().getSimpleName()));
        return noClasses()
                .that()
                .resideOutsideOfPackage(base + ".core.root..")
                .should()
                .callConstructorWhere(buildsAService)
                .because("the composition root builds every service from the outside world");
    }
}
