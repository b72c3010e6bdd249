package io.ctibridge.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The JDK 25 AOT cache of a cold-start variant, made in the two explicit steps of JEP 483: a training run records
 * what the application loads and links ({@link ColdStartVariant#aotTraining}), then {@link #assemble} writes the
 * cache from that configuration. (JDK 25's one-step {@code -XX:AOTCacheOutput} assembles in a JVM that outlives the
 * training process, which a harness that reaps its children would cut short.)
 */
final class AotCache {

    private static final long ASSEMBLY_TIMEOUT_SECONDS = 300;

    private AotCache() {}

    /**
     * Why no cache can be made for this classpath, if it cannot: like CDS, the cache archives classes from jars only
     * and refuses a classpath holding a non-empty directory (a module's {@code target/classes}, as under failsafe).
     * bin/bench runs from the module's jar for that reason.
     */
    static Optional<String> unsupportedReason(String classpath) {
        return Arrays.stream(classpath.split(File.pathSeparator))
                .map(Path::of)
                .filter(Files::isDirectory)
                .findFirst()
                .map(directory -> "the classpath holds the directory " + directory
                        + "; the AOT cache archives classes from jars only");
    }

    /** Writes {@code cache} from a training run's {@code configuration}, with this JVM's {@code java} and classpath. */
    static void assemble(Path configuration, Path cache) {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:AOTMode=create",
                "-XX:AOTConfiguration=" + configuration,
                "-XX:AOTCache=" + cache,
                "-cp",
                System.getProperty("java.class.path"));
        try {
            Process assembly =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(assembly.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!assembly.waitFor(ASSEMBLY_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    || assembly.exitValue() != 0
                    || !Files.isRegularFile(cache)) {
                assembly.destroyForcibly();
                throw new IllegalStateException("AOT cache assembly failed; its output:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the AOT cache assembly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the AOT cache assembly", e);
        }
    }
}
