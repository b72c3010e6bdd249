package io.ctibridge.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs a benchmark class ({@link CallerLookupPathBenchmark}, {@link PopBuilderBenchmark}) in JMH's own forked JVM and
 * reads back its sampled percentiles.
 */
public final class JmhFigures {

    /**
     * @param forks         JVMs forked, one after the other
     * @param iterations    warm-up and measurement iterations (as many of each) per fork
     * @param iterationTime length of each iteration
     */
    public record Settings(int forks, int iterations, Duration iterationTime) {
        public Settings {
            if (forks < 1 || iterations < 1 || iterationTime.isNegative() || iterationTime.isZero()) {
                throw new IllegalArgumentException("JMH forks, iterations and iteration time must be positive");
            }
        }

        public String describe() {
            return forks + " fork(s), " + iterations + " warm-up + " + iterations + " measured iterations of "
                    + iterationTime.toMillis() + " ms";
        }
    }

    private final Settings settings;
    private final PrintStream progress;

    public JmhFigures(Settings settings, PrintStream progress) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** {@link CallerLookupPathBenchmark} on the sample event. */
    public Stats measure(Path eventFile) {
        return measure(
                CallerLookupPathBenchmark.class,
                Map.of("eventFile", eventFile.toAbsolutePath().toString()));
    }

    /** @param params the benchmark's {@code @Param} values */
    public Stats measure(Class<?> benchmark, Map<String, String> params) {
        progress.printf("[bench] JMH %s: %s%n", benchmark.getSimpleName(), settings.describe());
        TimeValue iterationTime =
                TimeValue.milliseconds(settings.iterationTime().toMillis());
        OptionsBuilder builder = new OptionsBuilder();
        params.forEach(builder::param);
        Options options = builder.include("^" + Pattern.quote(benchmark.getName()) + "\\.")
                .forks(settings.forks())
                .warmupIterations(settings.iterations())
                .warmupTime(iterationTime)
                .measurementIterations(settings.iterations())
                .measurementTime(iterationTime)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results;
        try {
            results = new Runner(options).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH run failed", e);
        }
        RunResult result = results.stream()
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("JMH produced no result (is META-INF/BenchmarkList built?)"));
        return toStats(result.getParams(), result.getPrimaryResult().getStatistics());
    }

    private static Stats toStats(BenchmarkParams params, Statistics statistics) {
        double toNanos = params.getTimeUnit().toNanos(1);
        return new Stats(
                (int) Math.min(Integer.MAX_VALUE, statistics.getN()),
                Math.round(statistics.getPercentile(50) * toNanos),
                Math.round(statistics.getPercentile(90) * toNanos),
                Math.round(statistics.getPercentile(99) * toNanos),
                Math.round(statistics.getMin() * toNanos),
                Math.round(statistics.getMax() * toNanos));
    }
}
