package io.ctibridge.core.salesforce.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.observability.CapturedLog;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.salesforce.ApiUsage;
import io.ctibridge.core.salesforce.MalformedQueryException;
import io.ctibridge.core.salesforce.SalesforceConnectionException;
import io.ctibridge.core.salesforce.SalesforceError;
import io.ctibridge.core.salesforce.SalesforceTimeoutException;
import io.ctibridge.core.salesforce.ServiceUnavailableException;
import io.ctibridge.testkit.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SalesforceGuardTest {

    private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");
    private static final Duration BUDGET_COOL_DOWN = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(START);
    private final ApiUsage usage = new ApiUsage();
    private final CapturedLog logs = new CapturedLog();
    private final SalesforceGuard guard = new SalesforceGuard(
            usage,
            new GuardSettings(95, BUDGET_COOL_DOWN, 2, Duration.ofSeconds(30)),
            clock,
            logs.log(SalesforceGuard.class));

    @Test
    void nothingIsShed_beforeAnyUsageIsKnown() {
        assertEquals(Optional.empty(), guard.lookupRefusal());
        assertEquals(Optional.empty(), guard.deferral());
    }

    @Test
    void nothingIsShed_belowTheHardShare() {
        usage.seen("api-usage=14249/15000", START);

        assertEquals(Optional.empty(), guard.lookupRefusal());
        assertEquals(Optional.empty(), guard.deferral());
    }

    @Test
    void lookupsShedAndTheCallLogDefers_atTheHardShare_sayingWhy() {
        usage.seen("api-usage=14250/15000", START);

        String why = guard.lookupRefusal().orElseThrow();
        assertTrue(why.contains("14250/15000 (95.0 %)") && why.contains("hard share of 95 %"), why);
        Shed shed = guard.deferral().orElseThrow();
        assertEquals(BUDGET_COOL_DOWN, shed.remaining());
    }

    @Test
    void sheddingEnds_afterTheCoolDown_soTheNextCallReadsTheUsageAnew() {
        usage.seen("api-usage=14900/15000", START);
        clock.advance(BUDGET_COOL_DOWN.minusSeconds(1));
        assertEquals(Duration.ofSeconds(1), guard.deferral().orElseThrow().remaining());

        clock.advance(Duration.ofSeconds(1));

        assertEquals(Optional.empty(), guard.lookupRefusal());
        assertEquals(Optional.empty(), guard.deferral());
    }

    @Test
    void requestLimitExceeded_shedsForTheCoolDown_whateverTheLastUsage() {
        usage.seen("api-usage=10/15000", START);
        usage.limitExceeded(START);

        assertTrue(guard.lookupRefusal().orElseThrow().contains("REQUEST_LIMIT_EXCEEDED"));
        clock.advance(BUDGET_COOL_DOWN);
        assertEquals(Optional.empty(), guard.lookupRefusal());
    }

    @Test
    void theBreakerOpens_afterConsecutiveTimeoutsAnd5xxAndConnectionFailures_andSaysSoInTheLog() {
        guard.lookupFailed(new SalesforceTimeoutException("slow", null));
        assertEquals(Optional.empty(), guard.lookupRefusal());
        guard.lookupFailed(new ServiceUnavailableException(503, List.of()));

        assertTrue(guard.lookupRefusal().orElseThrow().contains("circuit breaker open"));
        assertEquals("OPEN", guard.breakerState());
        assertEquals(
                List.of("Salesforce circuit breaker opened: lookups answer UNAVAILABLE at once"),
                logs.messagesAt(io.ctibridge.core.observability.JsonLog.Level.WARN));
    }

    @Test
    void aRunOutDeadline_countsAsAFailure() {
        guard.lookupFailed(null);
        guard.lookupFailed(new SalesforceConnectionException("reset", null));

        assertEquals("OPEN", guard.breakerState());
    }

    @Test
    void anErrorAboutTheRequestItself_provesSalesforceAnswered_andResetsTheCount() {
        guard.lookupFailed(null);
        guard.lookupFailed(
                new MalformedQueryException(400, List.of(new SalesforceError("MALFORMED_SEARCH", "", List.of()))));
        guard.lookupFailed(null);

        assertEquals("CLOSED", guard.breakerState());
    }

    @Test
    void anOffBreaker_neverRefuses() {
        SalesforceGuard off = new SalesforceGuard(
                usage,
                new GuardSettings(95, BUDGET_COOL_DOWN, 0, Duration.ofSeconds(30)),
                clock,
                logs.log(SalesforceGuard.class));
        for (int i = 0; i < 10; i++) {
            off.lookupFailed(null);
        }

        assertEquals(Optional.empty(), off.lookupRefusal());
    }

    @Test
    void publishUsage_writesUsedMaxAndPercent_asOneEmfLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EmfMetrics metrics = new EmfMetrics("caller-lookup", new PrintStream(out, true, StandardCharsets.UTF_8), clock);
        guard.publishUsage(metrics);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing before any answer reported the usage");

        usage.seen("api-usage=12000/15000", START);
        guard.publishUsage(metrics);

        JsonNode line = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(12000, line.path("SalesforceApiUsed").asLong());
        assertEquals(15000, line.path("SalesforceApiMax").asLong());
        assertEquals(80.0, line.path("SalesforceApiUsagePercent").asDouble(), 1e-9);
        JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertEquals("Percent", directive.path("Metrics").get(2).path("Unit").asText());
        assertEquals("[[]]", directive.path("Dimensions").toString());
    }
}
