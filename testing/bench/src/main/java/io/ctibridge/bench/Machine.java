package io.ctibridge.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The machine the figures were measured on, as printed beside them: figures from different machines do not compare.
 *
 * @param loadAverage the one-minute load average when the run started (a shared machine is busy with others' work)
 */
public record Machine(
        int cores, String cpuModel, String memory, String os, String javaVersion, String javaHome, double loadAverage) {

    public static Machine describe() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                readCpuModel(),
                readMemory(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                runJavaVersion(),
                System.getProperty("java.home"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    public String summary() {
        return String.format(
                Locale.ROOT,
                "%d cores (availableProcessors), %s, %s RAM, %s, load average %.2f at start",
                cores,
                cpuModel,
                memory,
                os,
                loadAverage);
    }

    private static String readCpuModel() {
        return procLine(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU (no /proc/cpuinfo)");
    }

    private static String readMemory() {
        return procLine(Path.of("/proc/meminfo"), "MemTotal")
                .map(kb -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kb.replaceAll("\\D", "")) / 1048576.0))
                .orElse("unknown");
    }

    /** The value of the first {@code key: value} line of a /proc file. */
    private static Optional<String> procLine(Path file, String key) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What {@code java -version} of this JVM prints. */
    private static String runJavaVersion() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try {
            Process process = new ProcessBuilder(List.of(java.toString(), "-version"))
                    .redirectErrorStream(true)
                    .start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return text;
        } catch (IOException e) {
            return "java -version failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "java -version interrupted";
        }
    }
}
