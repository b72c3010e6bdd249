package io.ctibridge.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * JVM start → first answer, each run in a fresh JVM: the same {@code java} and classpath as this harness, the
 * Lambda environment of the stack, the sample event. Variants run interleaved (A B A B …) so that a busy machine
 * weighs on all of them alike.
 */
public final class ColdStartFigures {

    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(60);
    private static final int OUTPUT_LINES_KEPT = 40;

    private final BenchStack stack;
    private final Path eventFile;
    private final PrintStream progress;

    public ColdStartFigures(BenchStack stack, Path eventFile, PrintStream progress) {
        this.stack = Objects.requireNonNull(stack, "stack");
        this.eventFile = eventFile.toAbsolutePath();
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public Map<ColdStartVariant, List<ColdStartSample>> run(List<ColdStartVariant> variants, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1");
        }
        Map<ColdStartVariant, List<ColdStartSample>> samples = new LinkedHashMap<>();
        variants.forEach(variant -> samples.put(variant, new ArrayList<>()));
        for (int run = 1; run <= runs; run++) {
            for (ColdStartVariant variant : variants) {
                ColdStartSample sample = runOnce(variant);
                progress.printf("[bench] cold start %d/%d (%s): %d ms since JVM start, %d classes, %s%n", run, runs,
                        variant.name(), sample.child().jvmStartToAnswerMillis(), sample.child().loadedClasses(),
                        sample.child().lookupStatus());
                samples.get(variant).add(sample);
            }
        }
        return samples;
    }

    public ColdStartSample runOnce(ColdStartVariant variant) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(variant.jvmOptions());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(variant.childMain());
        command.add(eventFile.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(stack.lambdaEnvironment());

        int apiBefore = stack.apiRequests();
        int tokensBefore = stack.tokenRequests();
        long spawned = System.nanoTime();
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.getFirst(), e);
        }
        try {
            Answer answer = awaitReport(child);
            awaitExit(child);
            return new ColdStartSample(answer.report(), answer.readAtNanos() - spawned,
                    stack.apiRequests() - apiBefore, stack.tokenRequests() - tokensBefore);
        } finally {
            child.destroyForcibly();
        }
    }

    private record Answer(ChildReport report, long readAtNanos) {
    }

    /** Reads the child's output until its report line; its logs are kept to explain a failure. */
    private Answer awaitReport(Process child) {
        Deque<String> output = new ConcurrentLinkedDeque<>();
        CompletableFuture<Answer> reading = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    long readAt = System.nanoTime();
                    var report = ChildReport.parse(line);
                    if (report.isPresent()) {
                        return new Answer(report.get(), readAt);
                    }
                    output.addLast(line);
                    if (output.size() > OUTPUT_LINES_KEPT) {
                        output.pollFirst();
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            Answer answer = reading.get(CHILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (answer == null) {
                throw failure("exited without a report", output);
            }
            return answer;
        } catch (TimeoutException e) {
            throw failure("gave no report within " + CHILD_TIMEOUT.toSeconds() + " s", output);
        } catch (ExecutionException e) {
            throw failure("could not be read: " + e.getCause(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted", output);
        }
    }

    private static void awaitExit(Process child) {
        try {
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("cold-start child did not exit after its report");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cold-start child", e);
        }
    }

    private static IllegalStateException failure(String what, Deque<String> output) {
        return new IllegalStateException("cold-start child " + what + "; its last output:\n"
                + String.join("\n", List.copyOf(output)));
    }
}
