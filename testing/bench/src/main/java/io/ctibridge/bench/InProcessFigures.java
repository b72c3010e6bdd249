package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import java.io.PrintStream;
import java.util.Objects;

/**
 * The function's in-process path in a plain loop (event → classify → request build → rank → flow map → token, with
 * {@link MeasuredHandler#inProcess} collaborators): the "< 2 ms" budget of BENCHMARKS.md at the counts of the stack run.
 * JMH measures the same path at steady state ({@link CallerLookupPathBenchmark}).
 */
public final class InProcessFigures {

    private final MeasuredHandler handler;
    private final ConnectEvent event;
    private final PrintStream progress;

    public InProcessFigures(MeasuredHandler handler, ConnectEvent event, PrintStream progress) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.event = Objects.requireNonNull(event, "event");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The sample event as is, {@code warmUp} calls discarded, then {@code calls} measured. */
    public Stats measure(int warmUp, int calls) {
        progress.printf("[bench] in-process path: %d warm-up + %d calls%n", warmUp, calls);
        for (int i = 0; i < warmUp; i++) {
            handler.call(event);
        }
        long[] total = new long[calls];
        for (int i = 0; i < calls; i++) {
            total[i] = handler.call(event).totalNanos();
        }
        return Stats.of(total);
    }
}
