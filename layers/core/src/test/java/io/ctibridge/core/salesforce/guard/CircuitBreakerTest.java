package io.ctibridge.core.salesforce.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.salesforce.guard.CircuitBreaker.State;
import io.ctibridge.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static final Duration COOL_DOWN = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final CircuitBreaker breaker = new CircuitBreaker(3, COOL_DOWN, clock);

    @Test
    void staysClosed_belowTheThreshold_andASuccessResetsTheCount() {
        breaker.failed();
        breaker.failed();
        breaker.succeeded();
        breaker.failed();
        breaker.failed();

        assertEquals(State.CLOSED, breaker.state());
        assertEquals(Optional.empty(), breaker.refusal());
    }

    @Test
    void opens_afterNConsecutiveFailures_andRefusesForTheCoolDown() {
        failTimes(3);

        assertEquals(State.OPEN, breaker.state());
        Optional<String> refusal = breaker.refusal();
        assertTrue(refusal.orElseThrow().contains("circuit breaker open after 3 consecutive failures"), refusal.get());
        clock.advance(COOL_DOWN.minusMillis(1));
        assertTrue(breaker.refusal().isPresent());
    }

    @Test
    void halfOpen_letsExactlyOneProbeThrough_afterTheCoolDown() {
        failTimes(3);
        clock.advance(COOL_DOWN);

        assertEquals(Optional.empty(), breaker.refusal());
        assertEquals(State.HALF_OPEN, breaker.state());
        assertTrue(breaker.refusal().orElseThrow().contains("probe"));
        assertTrue(breaker.refusal().isPresent());
    }

    @Test
    void aSucceedingProbe_closesTheBreaker() {
        failTimes(3);
        clock.advance(COOL_DOWN);
        breaker.refusal();

        assertEquals(Optional.of(new CircuitBreaker.Change(State.HALF_OPEN, State.CLOSED)), breaker.succeeded());
        assertEquals(Optional.empty(), breaker.refusal());
        assertEquals(Optional.empty(), breaker.refusal());
    }

    @Test
    void aFailingProbe_opensTheBreakerForAnotherCoolDown() {
        failTimes(3);
        clock.advance(COOL_DOWN);
        breaker.refusal();

        assertEquals(Optional.of(new CircuitBreaker.Change(State.HALF_OPEN, State.OPEN)), breaker.failed());
        clock.advance(COOL_DOWN.minusSeconds(1));
        assertTrue(breaker.refusal().isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), breaker.refusal());
    }

    @Test
    void aProbeThatNeverReports_isReplacedAfterACoolDown() {
        failTimes(3);
        clock.advance(COOL_DOWN);
        breaker.refusal();

        clock.advance(COOL_DOWN);

        assertEquals(Optional.empty(), breaker.refusal());
    }

    @Test
    void aLateFailure_whileOpen_doesNotExtendTheCoolDown() {
        failTimes(3);
        clock.advance(COOL_DOWN.minusSeconds(1));
        assertEquals(Optional.empty(), breaker.failed());

        clock.advance(Duration.ofSeconds(1));

        assertEquals(Optional.empty(), breaker.refusal());
    }

    @Test
    void concurrentCallers_inHalfOpen_getOneProbeBetweenThem() throws Exception {
        failTimes(3);
        clock.advance(COOL_DOWN);
        List<Future<Optional<String>>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 50; i++) {
                answers.add(threads.submit(breaker::refusal));
            }
        }
        long admitted = 0;
        for (Future<Optional<String>> answer : answers) {
            admitted += answer.get().isEmpty() ? 1 : 0;
        }
        assertEquals(1, admitted);
    }

    private void failTimes(int n) {
        for (int i = 0; i < n; i++) {
            breaker.failed();
        }
    }
}
