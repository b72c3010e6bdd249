package io.ctibridge.bench;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.ProfileParser;
import io.ctibridge.core.config.ProfileReader;
import io.ctibridge.core.lookup.CallerLookup;
import io.ctibridge.core.lookup.ContactStateStore;
import io.ctibridge.core.lookup.InMemoryContactStateStore;
import io.ctibridge.core.lookup.LookupOutcome;
import io.ctibridge.core.lookup.LookupRequest;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.pop.CorsPolicy;
import io.ctibridge.core.pop.PopHttpRequest;
import io.ctibridge.core.pop.PopHttpResponse;
import io.ctibridge.core.pop.PopRequestAuthorizer;
import io.ctibridge.core.pop.PopTokenKeys;
import io.ctibridge.core.pop.PopTokenService;
import io.ctibridge.core.pop.ScreenPopEndpoint;
import io.ctibridge.core.pop.ScreenPopService;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The screen-pop request of one contact with everything remote in memory: the contact's lookup result stored by a
 * lookup on {@link CannedCallerSearch} (MULTIPLE), its pop token minted by that lookup. What {@link #pop()} measures
 * is the pop builder: token check, stored result read, pop rules, the Open CTI renderings and the JSON body.
 */
public final class InProcessPop {

    private static final Duration BUDGET = Duration.ofSeconds(3);

    private final ScreenPopEndpoint endpoint;
    private final PopHttpRequest request;

    public InProcessPop(ExecutorService searches, Clock clock, PrintStream logs) {
        Profile profile = new ProfileParser().parse(ProfileParser.defaultProfileDocument());
        ProfileReader profiles = name -> profile;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        PopTokenKeys keys = new PopTokenKeys("bench", Map.of("bench", key));
        PopTokenService tokens = new PopTokenService(() -> keys, clock);
        ContactStateStore states = new InMemoryContactStateStore();
        JsonLog log = new JsonLog("InProcessPop", logs, clock);
        EmfMetrics metrics = new EmfMetrics("screen-pop", logs, clock);
        CallerLookup lookup =
                new CallerLookup(profiles, new CannedCallerSearch(), states, tokens, searches, clock, log, metrics);
        String contactId = "6c3b4b8e-1a0f-4a55-9d0e-0f4a2c7d9e11";
        LookupOutcome outcome = lookup.lookup(
                new LookupRequest(contactId, "+14155550123", "+18005550100", Profile.DEFAULT_NAME, BUDGET));
        this.endpoint = new ScreenPopEndpoint(
                new PopRequestAuthorizer(tokens),
                new ScreenPopService(states, profiles, lookup, clock, log),
                CorsPolicy.none(),
                log,
                metrics);
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
