package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.ProfileParser;
import io.ctibridge.core.lookup.CallerLookup;
import io.ctibridge.core.lookup.InMemoryContactStateStore;
import io.ctibridge.core.lookup.SalesforceCallerSearch;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.pop.PopTokenKeys;
import io.ctibridge.core.pop.PopTokenService;
import io.ctibridge.core.wiring.FunctionEnvironment;
import io.ctibridge.lookup.CallerLookupHandler;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

/**
 * The caller lookup handler built from its parts with its Salesforce search and its contact-state writes timed,
 * so that each call's total can be split into the round trips and what the function itself spends.
 */
public final class MeasuredHandler {

    /**
     * One handler call.
     *
     * @param searchNanos     in the Salesforce search (round trip, request building and response parsing)
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

    /** Wired as {@link FunctionEnvironment#callerLookup} wires it in Lambda: profiles, secrets and state in AWS. */
    public static MeasuredHandler onStack(
            FunctionEnvironment environment, ExecutorService searches, Clock clock, PrintStream logs) {
        CallTimer search = new CallTimer();
        CallTimer stateWrites = new CallTimer();
        CallerLookup lookup = new CallerLookup(
                environment.profiles(),
                new TimingCallerSearch(new SalesforceCallerSearch(environment.salesforce()), search),
                new TimingContactStateStore(environment.contactStates(), stateWrites),
                environment.popTokens(),
                searches,
                clock,
                new JsonLog("CallerLookup", logs, clock),
                new EmfMetrics("caller-lookup", logs, clock));
        return new MeasuredHandler(
                new CallerLookupHandler(lookup, new JsonLog("CallerLookupHandler", logs, clock)), search, stateWrites);
    }

    /**
     * Salesforce, DynamoDB and Secrets Manager replaced by memory ({@link CannedCallerSearch}, an in-memory state
     * store, the default profile, a fixed pop-token key): only the function's in-process work is left.
     */
    public static MeasuredHandler inProcess(ExecutorService searches, Clock clock, PrintStream logs) {
        CallTimer search = new CallTimer();
        CallTimer stateWrites = new CallTimer();
        Profile profile = new ProfileParser().parse(ProfileParser.defaultProfileDocument());
        PopTokenKeys keys = new PopTokenKeys("bench", Map.of("bench", randomKey()));
        CallerLookup lookup = new CallerLookup(
                name -> profile,
                new TimingCallerSearch(new CannedCallerSearch(), search),
                new TimingContactStateStore(new InMemoryContactStateStore(), stateWrites),
                new PopTokenService(() -> keys, clock),
                searches,
                clock,
                new JsonLog("CallerLookup", logs, clock),
                new EmfMetrics("caller-lookup", logs, clock));
        return new MeasuredHandler(
                new CallerLookupHandler(lookup, new JsonLog("CallerLookupHandler", logs, clock)), search, stateWrites);
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
