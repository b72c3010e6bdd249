package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.root.OutsideWorld;
import io.ctibridge.function.lookup.CallerLookupHandler;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * The caller lookup handler built from its parts with its Salesforce search and its contact-state writes timed,
 * so that each call's total can be split into the round trips and what the function itself spends.
 */
public final class MeasuredHandler {

    /**
     * One handler call.
     *
     * @param searchNanos     in the Salesforce round trips (at the HTTP client: the search, a token when one is due)
     * @param stateWriteNanos in the contact-state write (a DynamoDB PutItem on the stack)
     */
    public record TimedCall(Map<String, String> answer, long totalNanos, long searchNanos, long stateWriteNanos) {

        public long withoutSearchNanos() {
            return totalNanos - searchNanos;
        }

        public long withoutSearchAndStateWriteNanos() {
            return totalNanos - searchNanos - stateWriteNanos;
        }
    }

    private final CallerLookupHandler handler;
    private final CallTimer search;
    private final CallTimer stateWrites;

    private MeasuredHandler(CallerLookupHandler handler, CallTimer search, CallTimer stateWrites) {
        this.handler = handler;
        this.search = search;
        this.stateWrites = stateWrites;
    }

    /** Built by the root as in Lambda, on the stack's world: profiles, secrets and state in AWS. */
    public static MeasuredHandler onStack(CompositionRoot environment, Clock clock, PrintStream logs) {
        return on(environment.world(), clock, logs);
    }

    /**
     * Built by the root on memory ({@link BenchWorlds#inProcess}: Salesforce's search answer, DynamoDB and Secrets
     * Manager canned, the default profile): only the function's in-process work is left, SDK marshalling included.
     */
    public static MeasuredHandler inProcess(Clock clock, PrintStream logs) {
        return on(BenchWorlds.inProcess(clock), clock, logs);
    }

    private static MeasuredHandler on(OutsideWorld world, Clock clock, PrintStream logs) {
        CallTimer search = new CallTimer();
        CallTimer stateWrites = new CallTimer();
        CompositionRoot root = new CompositionRoot(BenchWorlds.timed(world, search, stateWrites, logs, clock));
        return new MeasuredHandler(new CallerLookupHandler(root), search, stateWrites);
    }

    public CallerLookupHandler handler() {
        return handler;
    }

    /** Calls the handler as Lambda would (no context: the lookup gets Connect's 8 s limit as its budget). */
    public TimedCall call(ConnectEvent event) {
        Objects.requireNonNull(event, "event");
        search.takeNanos();
        stateWrites.takeNanos();
        long started = System.nanoTime();
        Map<String, String> answer = handler.handleEvent(event, null);
        long total = System.nanoTime() - started;
        return new TimedCall(answer, total, search.takeNanos(), stateWrites.takeNanos());
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
