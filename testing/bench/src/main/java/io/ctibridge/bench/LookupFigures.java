package io.ctibridge.bench;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Issue 3's warm figures against the stack: per scenario, N lookups through the handler wired as in Lambda,
 * counting the emulator's requests around each call and splitting each call's time with {@link MeasuredHandler}.
 */
public final class LookupFigures {

    private final BenchStack stack;
    private final MeasuredHandler handler;
    private final ContactFlowEvents events;
    private final PrintStream progress;

    public LookupFigures(BenchStack stack, MeasuredHandler handler, ContactFlowEvents events, PrintStream progress) {
        this.stack = Objects.requireNonNull(stack, "stack");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.events = Objects.requireNonNull(events, "events");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Lookups of every scenario, round robin, whose figures are thrown away: the first one opens the Salesforce
     * session and reads the secrets and the profile; the rest load classes and give the JIT something to compile.
     */
    public void warmUp(int perScenario) {
        progress.printf("[bench] warm-up: %d lookups of each scenario%n", perScenario);
        for (int i = 0; i < perScenario; i++) {
            for (LookupScenario scenario : LookupScenario.values()) {
                handler.call(events.next(scenario.callerId()));
            }
        }
    }

    public ScenarioRun run(LookupScenario scenario, int lookups) {
        if (lookups < 1) {
            throw new IllegalArgumentException("lookups must be at least 1");
        }
        progress.printf("[bench] %s: %d lookups%n", scenario.label(), lookups);
        long[] total = new long[lookups];
        long[] search = new long[lookups];
        long[] stateWrite = new long[lookups];
        long[] withoutSearch = new long[lookups];
        long[] withoutSearchOrWrite = new long[lookups];
        int fewest = Integer.MAX_VALUE;
        int most = 0;
        int asExpected = 0;
        int apiBefore = stack.apiRequests();
        int tokensBefore = stack.tokenRequests();
        for (int i = 0; i < lookups; i++) {
            int requestsBefore = stack.requests();
            MeasuredHandler.TimedCall call = handler.call(events.next(scenario.callerId()));
            int requests = stack.requests() - requestsBefore;
            fewest = Math.min(fewest, requests);
            most = Math.max(most, requests);
            if (scenario.expectedStatus().name().equals(call.answer().get("lookupStatus"))) {
                asExpected++;
            }
            total[i] = call.totalNanos();
            search[i] = call.searchNanos();
            stateWrite[i] = call.stateWriteNanos();
            withoutSearch[i] = call.withoutSearchNanos();
            withoutSearchOrWrite[i] = call.withoutSearchAndStateWriteNanos();
        }
        return new ScenarioRun(
                scenario,
                lookups,
                stack.apiRequests() - apiBefore,
                stack.tokenRequests() - tokensBefore,
                fewest,
                most,
                asExpected,
                Stats.of(total),
                Stats.of(search),
                Stats.of(stateWrite),
                Stats.of(withoutSearch),
                Stats.of(withoutSearchOrWrite));
    }
}
