package io.ctibridge.core.config.store;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.InvalidProfileException;
import io.ctibridge.core.observability.JsonLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Reads profiles through a {@link ProfileStore}, keeping each for a short time so that a warm function does not
 * pay a DynamoDB read per call, and never failing a call because of config:
 * <ul>
 *   <li>store unreachable, or the stored document broken (edited by hand): the last good profile, else the
 *       built-in default;</li>
 *   <li>profile missing: the last good one if it ever existed here, else the built-in default, logged loudly
 *       because every caller then gets the default behaviour.</li>
 * </ul>
 * A fallback is kept for a few seconds only, then the store is asked again; each failed read may cost the SDK's
 * whole timeout, so asking on every call during an outage would slow every lookup.
 */
public final class CachingProfileReader implements ProfileReader {

    public static final Duration DEFAULT_TTL = Duration.ofSeconds(60);
    /** How long a fallback is served before the store is tried again (at most the TTL). */
    public static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);

    private final Function<String, Optional<StoredProfile>> store;
    private final Clock clock;
    private final Duration ttl;
    private final JsonLog log;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    public CachingProfileReader(ProfileStore store, JsonLog log) {
        this(store, Clock.systemUTC(), DEFAULT_TTL, log);
    }

    public CachingProfileReader(ProfileStore store, Clock clock, Duration ttl, JsonLog log) {
        this(Objects.requireNonNull(store, "store")::get, clock, ttl, log);
    }

    /** For tests: any source of stored profiles. */
    CachingProfileReader(Function<String, Optional<StoredProfile>> store, Clock clock, Duration ttl, JsonLog log) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive, not " + ttl);
        }
        this.ttl = ttl;
    }

    @Override
    public Profile get(String name) {
        if (!Profile.isValidName(name)) {
            log.error(
                    "profile name " + quoted(name)
                            + " is not valid ([a-z0-9-]{1,64}): using the BUILT-IN DEFAULT profile",
                    Map.of(),
                    null);
            return Profile.builtInDefault();
        }
        Instant now = clock.instant();
        Entry cached = entries.get(name);
        if (cached != null && now.isBefore(cached.expiresAt())) {
            return cached.served();
        }
        Entry fresh = read(name, cached == null ? null : cached.lastGood(), now);
        entries.put(name, fresh);
        return fresh.served();
    }

    private Entry read(String name, StoredProfile lastGood, Instant now) {
        Optional<StoredProfile> found;
        try {
            found = store.apply(name);
        } catch (InvalidProfileException e) {
            return fallback(name, lastGood, now, "the stored profile is invalid: " + e.getMessage());
        } catch (RuntimeException e) {
            return fallback(name, lastGood, now, "the profile store failed: " + e);
        }
        if (found.isPresent()) {
            return new Entry(found.get().profile(), found.get(), now.plus(ttl));
        }
        return fallback(name, lastGood, now, "the profile does not exist");
    }

    private Entry fallback(String name, StoredProfile lastGood, Instant now, String reason) {
        Instant retryAt = now.plus(ttl.compareTo(RETRY_AFTER_FAILURE) < 0 ? ttl : RETRY_AFTER_FAILURE);
        if (lastGood != null) {
            log.warn(
                    "profile '" + name + "': " + reason + "; serving the last good version " + lastGood.version(),
                    Map.of());
            return new Entry(lastGood.profile(), lastGood, retryAt);
        }
        log.error(
                "PROFILE UNAVAILABLE '" + name + "': " + reason + "; no good version was read"
                        + " before, so calls get the BUILT-IN DEFAULT profile (default search targets, New Contact pops)",
                Map.of(),
                null);
        return new Entry(Profile.builtInDefault(), null, retryAt);
    }

    private static String quoted(String name) {
        return name == null ? "null" : "'" + name.substring(0, Math.min(name.length(), 80)) + "'";
    }

    /**
     * @param served    what callers get until {@code expiresAt}
     * @param lastGood  the last profile read successfully, kept across fallbacks; {@code null} if none yet
     */
    private record Entry(Profile served, StoredProfile lastGood, Instant expiresAt) {}
}
