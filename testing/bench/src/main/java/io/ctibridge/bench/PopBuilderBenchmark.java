package io.ctibridge.bench;

import io.ctibridge.core.pop.PopHttpResponse;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH over one screen-pop request with the contact's result already stored ({@link InProcessPop}): the pop builder
 * at steady state (BENCHMARKS.md budget: under 0.5 ms). Run by {@link JmhFigures}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PopBuilderBenchmark {

    private InProcessPop pop;

    @Setup
    public void setUp() {
        pop = new InProcessPop(
                Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
        if (pop.pop().status() != 200) {
            throw new IllegalStateException("the pop under measure does not answer 200");
        }
    }

    @Benchmark
    public PopHttpResponse pop() {
        return pop.pop();
    }
}
