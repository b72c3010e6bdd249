package io.ctibridge.core.salesforce.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.salesforce.SalesforceAuthException;
import io.ctibridge.core.salesforce.SalesforceTimeoutException;
import io.ctibridge.core.time.Deadline;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SessionProviderTest {

    private final CountingAuthenticator authenticator = new CountingAuthenticator(Duration.ZERO);

    @Test
    void session_fetchesOnce_andServesTheSameSessionAfterwards() {
        SessionProvider sessions = new SessionProvider(authenticator);

        SalesforceSession first = sessions.session(Deadline.none());
        for (int i = 0; i < 50; i++) {
            assertSame(first, sessions.session(Deadline.none()));
        }
        assertEquals(1, authenticator.calls.get());
    }

    @Test
    void invalidate_makesTheNextCallFetchANewSession() {
        SessionProvider sessions = new SessionProvider(authenticator);
        SalesforceSession stale = sessions.session(Deadline.none());

        sessions.invalidate(stale);
        SalesforceSession fresh = sessions.session(Deadline.none());

        assertNotSame(stale, fresh);
        assertEquals("token-2", fresh.accessToken());
        assertEquals(2, authenticator.calls.get());
    }

    @Test
    void invalidate_ofAnAlreadyReplacedSession_keepsTheCurrentOne() {
        SessionProvider sessions = new SessionProvider(authenticator);
        SalesforceSession stale = sessions.session(Deadline.none());
        sessions.invalidate(stale);
        SalesforceSession fresh = sessions.session(Deadline.none());

        sessions.invalidate(stale); // a slower request that also saw the old token fail

        assertSame(fresh, sessions.session(Deadline.none()));
        assertEquals(2, authenticator.calls.get());
    }

    @Test
    void session_fetchesOnce_whenManyThreadsAskAtTheSameTime() throws Exception {
        CountingAuthenticator slow = new CountingAuthenticator(Duration.ofMillis(100));
        SessionProvider sessions = new SessionProvider(slow);

        List<SalesforceSession> seen = onManyThreadsAtOnce(16, () -> sessions.session(Deadline.none()));

        assertEquals(1, slow.calls.get());
        assertEquals(1, new HashSet<>(seen).size());
    }

    @Test
    void invalidate_byManyThreadsWithTheSameStaleSession_causesOneRefresh() throws Exception {
        CountingAuthenticator slow = new CountingAuthenticator(Duration.ofMillis(50));
        SessionProvider sessions = new SessionProvider(slow);
        SalesforceSession stale = sessions.session(Deadline.none());

        List<SalesforceSession> seen = onManyThreadsAtOnce(16, () -> {
            sessions.invalidate(stale);
            return sessions.session(Deadline.none());
        });

        assertEquals(2, slow.calls.get(), "the first fetch and exactly one refresh");
        assertTrue(seen.stream().allMatch(s -> s.accessToken().equals("token-2")));
    }

    @Test
    void session_givesUpAtTheDeadline_whileAnotherThreadIsStillFetching() throws Exception {
        CountingAuthenticator stuck = new CountingAuthenticator(Duration.ofMillis(600));
        SessionProvider sessions = new SessionProvider(stuck);
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<SalesforceSession> slowFetch = pool.submit(() -> sessions.session(Deadline.none()));
            stuck.started.await();

            long start = System.nanoTime();
            assertThrows(
                    SalesforceTimeoutException.class, () -> sessions.session(Deadline.after(Duration.ofMillis(100))));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 500);
            slowFetch.get();
        }
    }

    @Test
    void session_cachesNothing_whenTheFetchFails() {
        AtomicInteger calls = new AtomicInteger();
        SessionProvider sessions = new SessionProvider(deadline -> {
            calls.incrementAndGet();
            throw new SalesforceAuthException(400, "invalid_grant", "expired");
        });

        assertThrows(SalesforceAuthException.class, () -> sessions.session(Deadline.none()));
        assertThrows(SalesforceAuthException.class, () -> sessions.session(Deadline.none()));
        assertEquals(2, calls.get());
    }

    private static List<SalesforceSession> onManyThreadsAtOnce(
            int threads, java.util.concurrent.Callable<SalesforceSession> task) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SalesforceSession>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<SalesforceSession> results = new ArrayList<>();
            for (Future<SalesforceSession> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    /** Issues token-1, token-2, … each after {@code delay}, counting the grants. */
    private static final class CountingAuthenticator implements Authenticator {
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch started = new CountDownLatch(1);
        private final Duration delay;

        CountingAuthenticator(Duration delay) {
            this.delay = delay;
        }

        @Override
        public SalesforceSession authenticate(Deadline deadline) {
            int n = calls.incrementAndGet();
            started.countDown();
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new SalesforceSession("token-" + n, URI.create("https://acme.my.salesforce.com"), Instant.EPOCH);
        }
    }
}
