package io.ctibridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentSizesTest {

    @TempDir
    Path module;

    @Test
    void measure_addsTheModuleJarToItsRuntimeDependencyJars_ignoringSourcesJars() throws IOException {
        Path target = Files.createDirectories(module.resolve("target"));
        Files.write(target.resolve("ctibridge-caller-lookup-0.1.0-SNAPSHOT.jar"), new byte[1000]);
        Files.write(target.resolve("ctibridge-caller-lookup-0.1.0-SNAPSHOT-sources.jar"), new byte[5000]);
        Path events = Files.write(module.resolve("aws-lambda-java-events.jar"), new byte[3000]);
        Path core = Files.write(module.resolve("aws-lambda-java-core.jar"), new byte[200]);
        Files.writeString(target.resolve("runtime.classpath"), core + File.pathSeparator + events + "\n");

        DeploymentSizes.Artifact artifact =
                DeploymentSizes.measure("zip", "functions/x", module).orElseThrow();

        assertEquals(1000, artifact.ownJarBytes());
        assertEquals(2, artifact.dependencyJars());
        assertEquals(3200, artifact.dependencyBytes());
        assertEquals(4200, artifact.totalBytes());
        assertEquals("aws-lambda-java-events.jar", artifact.largestDependency());
    }

    @Test
    void measure_readsSamBuildOutput_whenPresent_splittingDependencyJarsFromTheRest() throws IOException {
        Path function = Files.createDirectories(module.resolve(".aws-sam/build/CallerLookupFunction"));
        Files.write(
                Files.createDirectories(function.resolve("io/ctibridge/lookup")).resolve("Handler.class"),
                new byte[700]);
        Files.write(Files.createDirectories(function.resolve("lib")).resolve("events.jar"), new byte[3000]);
        Files.write(function.resolve("lib").resolve("core.jar"), new byte[200]);

        DeploymentSizes.Artifact artifact = DeploymentSizes.measure(module).stream()
                .filter(a -> a.name().startsWith("caller-lookup"))
                .findFirst()
                .orElseThrow();

        assertEquals(".aws-sam/build/CallerLookupFunction", artifact.module());
        assertEquals(700, artifact.ownJarBytes());
        assertEquals(2, artifact.dependencyJars());
        assertEquals(3900, artifact.totalBytes());
        assertEquals("events.jar", artifact.largestDependency());
    }

    @Test
    void measure_isEmpty_whenTheModuleHasNoRuntimeClasspathFile() throws IOException {
        Files.write(Files.createDirectories(module.resolve("target")).resolve("x.jar"), new byte[10]);

        assertTrue(DeploymentSizes.measure("zip", "functions/x", module).isEmpty());
    }

    @Test
    void measure_countsNoDependencies_whenTheClasspathIsEmpty() throws IOException {
        Path target = Files.createDirectories(module.resolve("target"));
        Files.write(target.resolve("x.jar"), new byte[10]);
        Files.writeString(target.resolve("runtime.classpath"), "");

        DeploymentSizes.Artifact artifact =
                DeploymentSizes.measure("zip", "functions/x", module).orElseThrow();

        assertEquals(0, artifact.dependencyJars());
        assertEquals(10, artifact.totalBytes());
    }
}
