package io.ctibridge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What each function zip and the layer carry, computed from the build: the module's own jar plus the jars of its
 * runtime dependency classpath ({@code target/runtime.classpath}, which bin/bench writes with
 * {@code dependency:build-classpath -DincludeScope=runtime}). Functions take the layer as {@code provided}, so
 * their classpath holds only what the zip adds. The jars are already compressed: a zip of them is their sum within a
 * few kilobytes. When {@code sam build} has run ({@code .aws-sam/build} exists, as after CI), its output is measured
 * instead: each function's and the layer's build directory, unzipped (classes loose, dependency jars whole).
 */
public final class DeploymentSizes {

    /**
     * One artifact: a function (its zip) or the layer.
     *
     * @param module       the Maven module, or the {@code .aws-sam/build} directory it was read from
     * @param ownJarBytes  the module's jar, or the files of the sam build that are not dependency jars
     */
    public record Artifact(
            String name,
            String module,
            long ownJarBytes,
            int dependencyJars,
            long dependencyBytes,
            String largestDependency,
            long largestDependencyBytes) {

        public long totalBytes() {
            return ownJarBytes + dependencyBytes;
        }
    }

    static final String CLASSPATH_FILE = "target/runtime.classpath";

    static final String SAM_BUILD = ".aws-sam/build";
    /** Our modules' jars, by artifactId or, as sam build names a function's dependencies, by groupId first. */
    private static final List<String> OWN_JAR_PREFIXES = List.of("ctibridge-", "io.ctibridge.");

    private static final List<String[]> ARTIFACTS = List.of(
            new String[] {"layer (CoreLayer)", "layers/core", "CoreLayer"},
            new String[] {"caller-lookup zip", "functions/caller-lookup", "CallerLookupFunction"},
            new String[] {"screen-pop zip", "functions/screen-pop", "ScreenPopFunction"},
            new String[] {
                "call-logger zip (contact records, Kinesis)", "functions/contact-records", "ContactRecordFunction"
            },
            new String[] {
                "contact-events zip (EventBridge, with Connect)", "functions/contact-events", "ContactEventFunction"
            });

    private DeploymentSizes() {}

    /**
     * Every artifact whose build output is present under {@code root}, from {@code sam build}'s output when there is
     * one, else from the Maven build; empty when neither was built.
     */
    public static List<Artifact> measure(Path root) {
        Path samBuild = root.resolve(SAM_BUILD);
        List<Artifact> artifacts = new ArrayList<>();
        for (String[] artifact : ARTIFACTS) {
            Path samDirectory = samBuild.resolve(artifact[2]);
            (Files.isDirectory(samDirectory)
                            ? measureSamBuild(artifact[0], samDirectory)
                            : measure(artifact[0], artifact[1], root.resolve(artifact[1])))
                    .ifPresent(artifacts::add);
        }
        return artifacts;
    }

    /**
     * A sam build directory: our own code (classes, and our jars: the layer's core library, the call-logger jar the
     * contact-event function carries) apart from the third-party jars ({@code lib/}, {@code java/lib/} for the layer).
     */
    static Optional<Artifact> measureSamBuild(String name, Path directory) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
        List<Path> dependencies =
                files.stream().filter(DeploymentSizes::isThirdPartyJar).toList();
        long all = files.stream().mapToLong(DeploymentSizes::size).sum();
        long dependencyBytes =
                dependencies.stream().mapToLong(DeploymentSizes::size).sum();
        Path largest = dependencies.stream()
                .max(Comparator.comparingLong(DeploymentSizes::size))
                .orElse(null);
        return Optional.of(new Artifact(
                name,
                SAM_BUILD + "/" + directory.getFileName(),
                all - dependencyBytes,
                dependencies.size(),
                dependencyBytes,
                largest == null ? "" : largest.getFileName().toString(),
                largest == null ? 0 : size(largest)));
    }

    private static boolean isThirdPartyJar(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".jar") && OWN_JAR_PREFIXES.stream().noneMatch(name::startsWith);
    }

    static Optional<Artifact> measure(String name, String module, Path moduleDirectory) {
        Path classpath = moduleDirectory.resolve(CLASSPATH_FILE);
        Optional<Path> ownJar = ownJar(moduleDirectory.resolve("target"));
        if (!Files.isReadable(classpath) || ownJar.isEmpty()) {
            return Optional.empty();
        }
        List<Path> jars = dependencyJars(classpath);
        Path largest = jars.stream()
                .max(Comparator.comparingLong(DeploymentSizes::size))
                .orElse(null);
        return Optional.of(new Artifact(
                name,
                module,
                size(ownJar.get()),
                jars.size(),
                jars.stream().mapToLong(DeploymentSizes::size).sum(),
                largest == null ? "" : largest.getFileName().toString(),
                largest == null ? 0 : size(largest)));
    }

    private static List<Path> dependencyJars(Path classpathFile) {
        try {
            String text =
                    Files.readString(classpathFile, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(text.split(java.io.File.pathSeparator))
                    .map(Path::of)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classpathFile, e);
        }
    }

    /** The module's packaged jar: not its sources, javadoc or test jar. */
    private static Optional<Path> ownJar(Path target) {
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.endsWith(".jar")
                                && !name.endsWith("-sources.jar")
                                && !name.endsWith("-tests.jar")
                                && !name.endsWith("-javadoc.jar")
                                && !name.startsWith("original-");
                    })
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + target, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }
}
