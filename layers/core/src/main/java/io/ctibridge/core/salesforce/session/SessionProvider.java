package io.ctibridge.core.salesforce.session;

import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.salesforce.SalesforceTimeoutException;
import io.ctibridge.core.time.Deadline;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Holds the current session for the life of the execution environment, so that one token request
 * serves every invocation until Salesforce rejects the token. Thread-safe: when many threads need a
 * session at once, one of them fetches it and the others wait for that result.
 */
public final class SessionProvider {

    private final Authenticator authenticator;
    private final AtomicReference<SalesforceSession> current = new AtomicReference<>();
    private final ReentrantLock fetching = new ReentrantLock();
    private final JsonLog log;

    public SessionProvider(Authenticator authenticator) {
        this(authenticator, JsonLog.stdout(SessionProvider.class));
    }

    public SessionProvider(Authenticator authenticator, JsonLog log) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The cached session, or a new one when none is cached. */
    public SalesforceSession session(Deadline deadline) {
        SalesforceSession cached = current.get();
        return cached != null ? cached : fetch(deadline);
    }

    /**
     * Forgets {@code stale} after Salesforce rejected it. A no-op when another thread has already
     * replaced it, so that many requests failing with the same token cause a single refresh.
     */
    public void invalidate(SalesforceSession stale) {
        current.compareAndSet(stale, null);
    }

    /**
     * Forgets the cached session whatever it is, so the next call fetches its own token: a SnapStart
     * restore must not reuse a token that the snapshot shares with every other restored environment.
     */
    public void forget() {
        current.set(null);
    }

    private SalesforceSession fetch(Deadline deadline) {
        acquire(deadline);
        try {
            // Another thread may have fetched a session while this one waited for the lock.
            SalesforceSession cached = current.get();
            if (cached != null) {
                return cached;
            }
            SalesforceSession fresh = authenticator.authenticate(deadline);
            current.set(fresh);
            // Counts token requests in the logs (budget: one per token lifetime); the token itself is never logged.
            log.info(
                    "obtained a Salesforce session",
                    Map.of("instanceUrl", fresh.instanceUrl().toString()));
            return fresh;
        } finally {
            fetching.unlock();
        }
    }

    private void acquire(Deadline deadline) {
        try {
            if (!fetching.tryLock(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS)) {
                throw new SalesforceTimeoutException(
                        "deadline passed while another thread was fetching a session", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SalesforceTimeoutException("interrupted while waiting for a session", e);
        }
    }
}
