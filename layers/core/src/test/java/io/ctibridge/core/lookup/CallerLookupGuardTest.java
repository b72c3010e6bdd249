package io.ctibridge.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.contact.InMemoryContactStateStore;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.observability.CapturedLog;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.poptoken.PopTokenKeys;
import io.ctibridge.core.poptoken.PopTokenService;
import io.ctibridge.core.salesforce.ApiUsage;
import io.ctibridge.core.salesforce.ServiceUnavailableException;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.guard.GuardSettings;
import io.ctibridge.core.salesforce.guard.SalesforceGuard;
import io.ctibridge.testkit.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lookup behind the Salesforce guard: shed and open answer UNAVAILABLE without searching. */
class CallerLookupGuardTest {

    private static final String CALLER = "+14155550123";
    private static final Duration BREAKER_COOL_DOWN = Duration.ofSeconds(30);
    private static final byte[] KEY = "k1-0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final ApiUsage usage = new ApiUsage();
    private final CapturedLog logs = new CapturedLog();
    private final SalesforceGuard guard = new SalesforceGuard(
            usage,
            new GuardSettings(95, Duration.ofMinutes(5), 3, BREAKER_COOL_DOWN),
            clock,
            logs.log(SalesforceGuard.class));
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger searches = new AtomicInteger();
    private volatile boolean salesforceDown;

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void lookup_answersUnavailableAtOnce_withoutSearching_whenTheApiBudgetIsShed() {
        usage.seen("api-usage=14990/15000", clock.instant());

        LookupOutcome outcome = lookup().lookup(request(CALLER));

        assertEquals(LookupStatus.UNAVAILABLE, outcome.result().status());
        assertTrue(
                outcome.result().detail().contains("hard share of 95 %"),
                outcome.result().detail());
        assertEquals(0, searches.get());
    }

    @Test
    void lookup_answersUnavailableAtOnce_withoutSearching_afterRequestLimitExceeded() {
        usage.limitExceeded(clock.instant());

        LookupOutcome outcome = lookup().lookup(request(CALLER));

        assertEquals(LookupStatus.UNAVAILABLE, outcome.result().status());
        assertTrue(
                outcome.result().detail().contains("REQUEST_LIMIT_EXCEEDED"),
                outcome.result().detail());
        assertEquals(0, searches.get());
    }

    @Test
    void lookup_answersUnavailableAtOnce_whenTheBreakerIsOpen() {
        CallerLookup lookup = lookup();
        salesforceDown = true;
        for (int i = 0; i < 3; i++) {
            lookup.lookup(request(CALLER));
        }
        assertEquals(3, searches.get());

        LookupOutcome outcome = lookup.lookup(request(CALLER));

        assertEquals(LookupStatus.UNAVAILABLE, outcome.result().status());
        assertTrue(
                outcome.result().detail().contains("circuit breaker open"),
                outcome.result().detail());
        assertEquals(3, searches.get(), "the open breaker kept the lookup from Salesforce");
    }

    @Test
    void lookup_sendsOneProbe_afterTheCoolDown_andAnswersNormallyOnceItSucceeds() {
        CallerLookup lookup = lookup();
        salesforceDown = true;
        for (int i = 0; i < 3; i++) {
            lookup.lookup(request(CALLER));
        }
        salesforceDown = false;
        clock.advance(BREAKER_COOL_DOWN);

        LookupOutcome probe = lookup.lookup(request(CALLER));
        LookupOutcome next = lookup.lookup(request(CALLER));

        assertEquals(LookupStatus.MATCH, probe.result().status());
        assertEquals(LookupStatus.MATCH, next.result().status());
        assertEquals(5, searches.get());
        assertEquals("CLOSED", guard.breakerState());
    }

    @Test
    void lookup_reopensTheBreaker_whenTheProbeFails() {
        CallerLookup lookup = lookup();
        salesforceDown = true;
        for (int i = 0; i < 3; i++) {
            lookup.lookup(request(CALLER));
        }
        clock.advance(BREAKER_COOL_DOWN);

        lookup.lookup(request(CALLER));
        LookupOutcome after = lookup.lookup(request(CALLER));

        assertEquals(4, searches.get());
        assertTrue(
                after.result().detail().contains("circuit breaker open"),
                after.result().detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"anonymous", "12", "+18005550199"})
    void lookup_ofWithheldOrInvalidNumbers_neverTouchesTheBreaker(String callerId) {
        CallerLookup lookup = lookup();
        salesforceDown = true;
        lookup.lookup(request(CALLER));
        lookup.lookup(request(CALLER));
        for (int i = 0; i < 5; i++) {
            lookup.lookup(request(callerId));
        }

        assertEquals("CLOSED", guard.breakerState());
        assertEquals(2, searches.get());
    }

    private CallerLookup lookup() {
        CallerSearch search = (caller, profile, deadline) -> {
            searches.incrementAndGet();
            if (salesforceDown) {
                throw new ServiceUnavailableException(503, List.of());
            }
            return List.of(SObject.of(
                    "Contact",
                    Map.of(
                            "Id", "003000000000001AAA",
                            "Name", "Ada Lovelace",
                            "Phone", "4155550123",
                            "LastModifiedDate", "2026-11-01T10:00:00.000+0000")));
        };
        return new CallerLookup(
                Profile::defaults,
                search,
                new InMemoryContactStateStore(),
                new PopTokenService(() -> new PopTokenKeys("k1", Map.of("k1", KEY)), clock),
                executor,
                clock,
                logs.log(CallerLookup.class),
                new EmfMetrics(
                        "test", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), clock),
                guard);
    }

    private static LookupRequest request(String callerId) {
        return new LookupRequest(
                "5ca32fbd-8f92-46af-92a5-6b0f970f0efe",
                callerId,
                "+18005550199",
                Profile.DEFAULT_NAME,
                Duration.ofSeconds(5));
    }
}
