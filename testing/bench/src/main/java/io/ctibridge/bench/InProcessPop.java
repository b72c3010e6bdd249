package io.ctibridge.bench;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.lookup.LookupOutcome;
import io.ctibridge.core.lookup.LookupRequest;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.observability.LogSink;
import io.ctibridge.core.pop.PopHttpRequest;
import io.ctibridge.core.pop.PopHttpResponse;
import io.ctibridge.core.pop.ScreenPopEndpoint;
import io.ctibridge.core.root.CompositionRoot;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The screen-pop request of one contact with everything remote in memory: the contact's lookup result stored by a
 * lookup on {@link CannedCallerSearch} (MULTIPLE), its pop token minted by that lookup. What {@link #pop()} measures
 * is the pop builder: token check, stored result read, pop rules, the Open CTI renderings and the JSON body.
 */
public final class InProcessPop {

    private static final Duration BUDGET = Duration.ofSeconds(3);

    private final ScreenPopEndpoint endpoint;
    private final PopHttpRequest request;

    public InProcessPop(Clock clock, PrintStream logs) {
        CompositionRoot root = new CompositionRoot(
                BenchWorlds.inProcess(clock).withLogs(new LogSink(logs, JsonLog.Level.DEBUG, clock)));
        String contactId = "6c3b4b8e-1a0f-4a55-9d0e-0f4a2c7d9e11";
        LookupOutcome outcome = root.callerLookup()
                .lookup(new LookupRequest(contactId, "+14155550123", "+18005550100", Profile.DEFAULT_NAME, BUDGET));
        this.endpoint = root.screenPop();
        this.request = new PopHttpRequest(
                "GET",
                ScreenPopEndpoint.ROUTE_PREFIX + contactId,
                Map.of("authorization", "Bearer " + outcome.popToken()),
                Map.of());
    }

    public PopHttpResponse pop() {
        return endpoint.handle(request, BUDGET);
    }
}
