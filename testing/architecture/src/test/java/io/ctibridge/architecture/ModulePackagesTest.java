package io.ctibridge.architecture;

import static io.ctibridge.architecture.SourceTrees.AGGREGATOR_POM;
import static io.ctibridge.architecture.SourceTrees.JAR_POM;
import static io.ctibridge.architecture.SourceTrees.javaClass;
import static io.ctibridge.architecture.SourceTrees.write;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModulePackagesTest {

    @Test
    void readsTheMainAndTestPackagesOfEveryModule(@TempDir Path root) {
        write(root, "pom.xml", AGGREGATOR_POM);
        write(root, "a/pom.xml", JAR_POM);
        javaClass(root, "a", "src/main/java", "com.example.a", "Main");
        javaClass(root, "a", "src/test/java", "com.example.a.tests", "MainTest");
        write(root, "group/b/pom.xml", JAR_POM);
        javaClass(root, "group/b", "src/test/java", "com.example.b", "OnlyTests");

        assertEquals(
                Map.of("a", Set.of("com.example.a", "com.example.a.tests"), "group/b", Set.of("com.example.b")),
                new ModulePackages(root).packagesByModule());
    }

    @Test
    void aPackageIsWhatTheFileDeclaresNotWhereItIs(@TempDir Path root) {
        write(root, "a/pom.xml", JAR_POM);
        write(
                root,
                "a/src/main/java/wrong/place/Declared.java",
                "/*\n * package not.this;\n */\n// package nor.this;\npackage com.example.declared;\n\nclass Declared {}\n");
        write(root, "a/src/main/java/Bare.java", "class Bare {}\n");
        write(root, "a/src/main/java/module-info.java", "module com.example {}\n");

        assertEquals(
                Map.of("a", Set.of("com.example.declared", ModulePackages.DEFAULT_PACKAGE)),
                new ModulePackages(root).packagesByModule());
    }

    @Test
    void skipsBuildOutputHiddenDirectoriesAndDirectoriesThatAreNoModule(@TempDir Path root) {
        write(root, "a/pom.xml", JAR_POM);
        javaClass(root, "a", "src/main/java", "com.example.shared", "One");
        // sam build's copy of a module, a module's generated sources, a source folder without a pom
        write(root, ".aws-sam/build/a/pom.xml", JAR_POM);
        javaClass(root, ".aws-sam/build/a", "src/main/java", "com.example.shared", "One");
        write(root, "a/target/copy/pom.xml", JAR_POM);
        javaClass(root, "a/target/copy", "src/main/java", "com.example.shared", "One");
        javaClass(root, "scripts", "src/main/java", "com.example.shared", "Two");
        // a pom without Java sources
        write(root, "docs/pom.xml", JAR_POM);

        ModulePackages modules = new ModulePackages(root);

        assertEquals(Map.of("a", Set.of("com.example.shared")), modules.packagesByModule());
        assertEquals(Map.of(), modules.splitPackages());
        assertDoesNotThrow(modules::assertNoSplitPackages);
    }

    @Test
    void namesEverySplitPackageAndItsModules(@TempDir Path root) {
        for (String module : new String[] {"a", "b", "c"}) {
            write(root, module + "/pom.xml", JAR_POM);
            javaClass(root, module, "src/main/java", "com.example." + module, "Own");
        }
        javaClass(root, "b", "src/test/java", "com.example.a", "InAsPackage");
        javaClass(root, "c", "src/main/java", "com.example.a", "AlsoInAsPackage");
        javaClass(root, "a", "src/test/java", "com.example.shared", "X");
        javaClass(root, "c", "src/test/java", "com.example.shared", "Y");
        ModulePackages modules = new ModulePackages(root);

        assertEquals(
                Map.of("com.example.a", Set.of("a", "b", "c"), "com.example.shared", Set.of("a", "c")),
                modules.splitPackages());
        AssertionError error = assertThrows(AssertionError.class, modules::assertNoSplitPackages);
        assertEquals(
                "2 package(s) split across modules under "
                        + root.toAbsolutePath().normalize() + ":\n"
                        + "  com.example.a in a, b, c\n"
                        + "  com.example.shared in a, c",
                error.getMessage());
    }

    @Test
    void theRootIsTheNearestAggregatorPomAbove(@TempDir Path root) {
        write(root, "pom.xml", AGGREGATOR_POM);
        write(root, "testing/architecture/pom.xml", JAR_POM);
        javaClass(root, "testing/architecture", "src/test/java", "com.example", "SomeTest");

        assertEquals(
                root.toAbsolutePath().normalize(),
                ModulePackages.aggregatorAbove(root.resolve("testing/architecture/src")));
        assertEquals(root.toAbsolutePath().normalize(), ModulePackages.aggregatorAbove(root));
    }

    @Test
    void theRootOfThisBuildIsTheRepository() {
        Path root = ModulePackages.repositoryRoot();

        assertEquals(root, ModulePackages.aggregatorAbove(root.resolve("testing/architecture")));
    }
}
