package io.ctibridge.emulator.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens issued by the token endpoint and when each expires. Thread-safe. */
public final class SessionRegistry {
    private final Clock clock;
    private final Duration lifetime;
    private final String orgId;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiryByToken = new ConcurrentHashMap<>();

    public SessionRegistry(Clock clock, Duration lifetime, String orgId) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.orgId = orgId;
    }

    /** A new token shaped like Salesforce's: the org id, '!', then an opaque part. */
    public String issue() {
        byte[] secret = new byte[48];
        random.nextBytes(secret);
        String token = orgId + "!" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        expiryByToken.put(token, clock.instant().plus(lifetime));
        return token;
    }

    public boolean isValid(String token) {
        Instant expiry = token == null ? null : expiryByToken.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    public void expireAll() {
        expiryByToken.clear();
    }

    public String orgId() {
        return orgId;
    }
}
