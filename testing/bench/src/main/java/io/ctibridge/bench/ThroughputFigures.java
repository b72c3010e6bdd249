package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lookups per second with many callers at once: {@code callers} virtual threads share one handler (one execution
 * environment's objects, as a load test of a single warm JVM would), each looking up the {@link LookupScenario#MATCH}
 * caller again and again, while the emulator adds {@code latency} to every Salesforce answer, standing for a real
 * org's round trip. DynamoDB (moto) and the emulator run on the same two cores, so this is the harness's ceiling on
 * this machine, not Lambda's, where each concurrent caller gets its own execution environment.
 */
public final class ThroughputFigures {

    /**
     * @param lookupsPerSecond all lookups over the wall time from the first start to the last answer
     * @param perLookup        each lookup's handler time (nanoseconds)
     * @param apiRequests      Salesforce API requests the emulator saw meanwhile
     */
    public record Result(
            int callers,
            Duration latency,
            int lookups,
            int answeredAsExpected,
            Duration wallTime,
            double lookupsPerSecond,
            Stats perLookup,
            int apiRequests) {

        public double apiRequestsPerLookup() {
            return (double) apiRequests / lookups;
        }
    }

    private final BenchStack stack;
    private final MeasuredHandler handler;
    private final Path eventFile;
    private final PrintStream progress;

    public ThroughputFigures(BenchStack stack, MeasuredHandler handler, Path eventFile, PrintStream progress) {
        this.stack = Objects.requireNonNull(stack, "stack");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.eventFile = Objects.requireNonNull(eventFile, "eventFile");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public Result run(int callers, int lookupsPerCaller, Duration latency) {
        progress.printf(
                "[bench] throughput: %d callers × %d lookups, %d ms added Salesforce latency%n",
                callers, lookupsPerCaller, latency.toMillis());
        // Each caller re-stamps its own copy of the event: ContactFlowEvents is not shared across threads.
        List<ContactFlowEvents> events = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            events.add(ContactFlowEvents.load(eventFile));
        }
        long[] times = new long[callers * lookupsPerCaller];
        AtomicInteger asExpected = new AtomicInteger();
        String expected = LookupScenario.MATCH.expectedStatus().name();
        stack.stack().salesforce().faults().latency(latency);
        int apiBefore = stack.apiRequests();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                int caller = c;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < lookupsPerCaller; i++) {
                        ConnectEvent event = events.get(caller).next(LookupScenario.MATCH.callerId());
                        long before = System.nanoTime();
                        var answer = handler.handler().handleEvent(event, null);
                        times[caller * lookupsPerCaller + i] = System.nanoTime() - before;
                        if (expected.equals(answer.get("lookupStatus"))) {
                            asExpected.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> caller : running) {
                caller.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the throughput run", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a caller failed during the throughput run", e.getCause());
        } finally {
            stack.stack().salesforce().faults().latency(Duration.ZERO);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        int lookups = times.length;
        return new Result(
                callers,
                latency,
                lookups,
                asExpected.get(),
                wall,
                lookups / (wall.toNanos() / 1e9),
                Stats.of(times),
                stack.apiRequests() - apiBefore);
    }
}
