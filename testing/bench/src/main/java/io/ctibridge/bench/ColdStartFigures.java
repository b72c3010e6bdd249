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
 * function's Lambda environment on the stack, an event prepared for that run. Variants of every function run
 * interleaved (A B C … A B C …) so that a busy machine weighs on all of them alike; each answer is checked.
 */
public final class ColdStartFigures {

    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(60);
    private static final int OUTPUT_LINES_KEPT = 40;

    private final BenchStack stack;
    private final Map<BenchFunction, FunctionUnderTest> functions;
    private final PrintStream progress;

    public ColdStartFigures(BenchStack stack, Map<BenchFunction, FunctionUnderTest> functions, PrintStream progress) {
        this.stack = Objects.requireNonNull(stack, "stack");
        this.functions = Map.copyOf(functions);
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
                progress.printf(
                        "[bench] cold start %d/%d (%s %s): %d ms since JVM start, %d classes, %s%s%n",
                        run,
                        runs,
                        variant.function().cliName(),
                        variant.name(),
                        sample.child().jvmStartToAnswerMillis(),
                        sample.child().loadedClasses(),
                        sample.verdict().passed() ? "" : "FAILED: ",
                        sample.verdict().summary());
                samples.get(variant).add(sample);
            }
        }
        return samples;
    }

    /** One fresh JVM of {@code variant}, on an event prepared for it; its answer checked once it has exited. */
    public ColdStartSample runOnce(ColdStartVariant variant) {
        FunctionUnderTest function = functions.get(variant.function());
        if (function == null) {
            throw new IllegalArgumentException(variant.function().cliName() + " is not among the functions measured");
        }
        FunctionUnderTest.PreparedEvent event = function.prepare();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(variant.jvmOptions());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ColdStartChild.class.getName());
        command.add(variant.function().cliName());
        command.add(variant.wiring().name());
        command.add(event.file().toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(function.environment());

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
            int apiRequests = stack.apiRequests() - apiBefore;
            int tokenRequests = stack.tokenRequests() - tokensBefore;
            return new ColdStartSample(
                    answer.report(),
                    answer.readAtNanos() - spawned,
                    apiRequests,
                    tokenRequests,
                    FunctionUnderTest.Verdict.of(answer.report().invocation(), event.check()));
        } finally {
            child.destroyForcibly();
        }
    }

    private record Answer(ChildReport report, long readAtNanos) {}

    /** Reads the child's output until its report line; its logs are kept to explain a failure. */
    private Answer awaitReport(Process child) {
        Deque<String> output = new ConcurrentLinkedDeque<>();
        CompletableFuture<Answer> reading = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
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
        return new IllegalStateException(
                "cold-start child " + what + "; its last output:\n" + String.join("\n", List.copyOf(output)));
    }
}
