package io.ctibridge.core.salesforce.telephony;

import io.ctibridge.core.salesforce.auth.JwtSigner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Telephony Integration API's bearer: a JWT ctibridge signs itself (there is no token exchange). One token is
 * reused by every call of the execution environment until shortly before it expires, never one per call as
 * Salesforce's own lambdas do; a refusal makes the next call sign a fresh one.
 */
public final class TelephonyTokens {

    /** A token is replaced this long before its exp, or a tenth of its lifetime if shorter: no call carries a token
     *  that expires in flight, however slow. */
    private static final Duration MAX_RENEWAL_MARGIN = Duration.ofSeconds(30);

    private record Token(String jwt, Instant renewAt) {}

    private final TelephonyCredentials credentials;
    private final Clock clock;
    private final AtomicLong signings = new AtomicLong();
    private Token current;

    public TelephonyTokens(TelephonyCredentials credentials, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The cached token, or a newly signed one when there is none or it is about to expire. */
    public synchronized String bearer() {
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.renewAt())) {
            current = sign(now);
        }
        return current.jwt();
    }

    /** Drops {@code refused} (401: expired early, clock skew, a replayed jti), unless it was already replaced. */
    public synchronized void refused(String refused) {
        if (current != null && current.jwt().equals(refused)) {
            current = null;
        }
    }

    /** After a SnapStart restore: each restored environment signs its own token, with its own jti. */
    public synchronized void forget() {
        current = null;
    }

    /** How many tokens this environment has signed (the benchmark's figure). */
    public long signings() {
        return signings.get();
    }

    private Token sign(Instant now) {
        Duration lifetime = credentials.tokenLifetime();
        Instant expires = now.plus(lifetime);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", credentials.orgId());
        claims.put("sub", credentials.contactCenterApiName());
        credentials.audience().ifPresent(aud -> claims.put("aud", aud));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", expires.getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        signings.incrementAndGet();
        Duration tenth = lifetime.dividedBy(10);
        Duration margin = tenth.compareTo(MAX_RENEWAL_MARGIN) < 0 ? tenth : MAX_RENEWAL_MARGIN;
        return new Token(JwtSigner.rs256(claims, credentials.privateKey()), expires.minus(margin));
    }
}
