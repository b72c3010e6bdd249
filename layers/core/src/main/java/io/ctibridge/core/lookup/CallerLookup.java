package io.ctibridge.core.lookup;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.store.ProfileReader;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.ContactStateStore;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.phone.CallerNumber;
import io.ctibridge.core.phone.CallerNumberClassifier;
import io.ctibridge.core.phone.PhoneMasking;
import io.ctibridge.core.poptoken.PopTokenService;
import io.ctibridge.core.salesforce.SalesforceApiException;
import io.ctibridge.core.salesforce.guard.SalesforceGuard;
import io.ctibridge.core.time.Deadline;
import io.ctibridge.core.time.FlowDeadlines;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Finds the caller of a contact, within the profile's deadline, whatever Salesforce does: classify the number,
 * search once, rank, store the result for the screen pop and the call log, mint the pop token. Failures and slowness
 * become {@link LookupStatus#UNAVAILABLE}, never an exception, so the contact flow keeps going.
 */
public final class CallerLookup {

    /** Even at the deadline, a token or a store that is done in a moment is still waited for. */
    private static final Duration MIN_WAIT = Duration.ofMillis(20);

    private final ProfileReader profiles;
    private final CallerSearch search;
    private final ContactStateStore states;
    private final PopTokenService popTokens;
    private final ExecutorService searches;
    private final Clock clock;
    private final JsonLog log;
    private final EmfMetrics metrics;
    private final SalesforceGuard guard;

    /**
     * @param guard    sheds searches while the org's API budget is spent and holds them back while the breaker is
     *                 open; one per execution environment
     * @param searches runs each search so that the deadline holds even if a call ignores its own timeout;
     *                 a virtual-thread-per-task executor suits
     */
    public CallerLookup(
            ProfileReader profiles,
            CallerSearch search,
            ContactStateStore states,
            PopTokenService popTokens,
            ExecutorService searches,
            Clock clock,
            JsonLog log,
            EmfMetrics metrics,
            SalesforceGuard guard) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.search = Objects.requireNonNull(search, "search");
        this.states = Objects.requireNonNull(states, "states");
        this.popTokens = Objects.requireNonNull(popTokens, "popTokens");
        this.searches = Objects.requireNonNull(searches, "searches");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    public LookupOutcome lookup(LookupRequest request) {
        long started = System.nanoTime();
        Profile profile = profiles.get(request.profileName());
        // The deadline runs from the call's arrival: a slow profile read (DynamoDB down) spends the same budget.
        FlowDeadlines deadlines = FlowDeadlines.since(started, profile.lookupDeadlineMs(), request.timeBudget());
        Deadline deadline = deadlines.answer();
        Deadline searchDeadline = deadlines.salesforce();

        CallerNumber number = new CallerNumberClassifier(profile.defaultRegion(), profile.systemNumbers())
                .classify(request.callerId(), request.dialedNumber());
        LookupResult result = switch (number) {
            case CallerNumber.Withheld withheld ->
                result(request, profile, LookupStatus.WITHHELD, "", List.of(), withheld.reason());
            case CallerNumber.Invalid invalid ->
                result(request, profile, LookupStatus.INVALID, "", List.of(), invalid.reason());
            case CallerNumber.Valid valid -> search(request, profile, valid, searchDeadline);
        };
        String token = mintToken(result, profile, deadline);
        store(result, profile, deadline);
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        logOutcome(result, number, elapsedMs);
        metrics.count("Lookup", "Outcome", result.status().name(), elapsedMs);
        guard.publishUsage(metrics);
        return new LookupOutcome(result, token);
    }

    private LookupResult search(LookupRequest request, Profile profile, CallerNumber.Valid caller, Deadline deadline) {
        // Shed or open: answer now rather than spend the org's last calls or wait on a Salesforce that is down.
        Optional<String> refused = guard.lookupRefusal();
        if (refused.isPresent()) {
            return unavailable(request, profile, caller, refused.get());
        }
        Future<MatchRanker.Ranking> ranking =
                searches.submit(() -> MatchRanker.rank(search.candidates(caller, profile, deadline), caller, profile));
        try {
            MatchRanker.Ranking ranked = ranking.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
            guard.lookupSucceeded();
            return result(
                    request,
                    profile,
                    ranked.status(),
                    caller.e164(),
                    ranked.matches(),
                    ranked.matches().size() + " match(es)");
        } catch (TimeoutException e) {
            ranking.cancel(true);
            guard.lookupFailed(null);
            return unavailable(request, profile, caller, "Salesforce did not answer within the deadline");
        } catch (ExecutionException e) {
            guard.lookupFailed(e.getCause());
            return unavailable(request, profile, caller, describe(e.getCause()));
        } catch (InterruptedException e) {
            ranking.cancel(true);
            Thread.currentThread().interrupt();
            return unavailable(request, profile, caller, "interrupted");
        }
    }

    private String mintToken(LookupResult result, Profile profile, Deadline deadline) {
        // Minting reads the key from Secrets Manager until it is cached: bounded like the search, since an
        // outage there must not hold the answer past the deadline (found by the reliability suite).
        Future<String> minted = searches.submit(
                () -> popTokens.mint(result.contactId(), Duration.ofSeconds(profile.popTokenTtlSeconds())));
        try {
            return minted.get(Math.max(deadline.remaining().toNanos(), MIN_WAIT.toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            minted.cancel(true);
            log.error(
                    "could not mint the pop token within the deadline", Map.of("contactId", result.contactId()), null);
            return "";
        } catch (ExecutionException e) {
            // The flow still gets its answer; the softphone falls back to a New Contact form without a token.
            log.error("could not mint the pop token", Map.of("contactId", result.contactId()), e.getCause());
            return "";
        } catch (InterruptedException e) {
            minted.cancel(true);
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private void store(LookupResult result, Profile profile, Deadline deadline) {
        if (deadline.isExpired()) {
            log.warn(
                    "no time left to store the contact state; the screen pop will look the caller up again",
                    Map.of("contactId", result.contactId()));
            return;
        }
        Future<?> saved =
                searches.submit(() -> states.save(result, Duration.ofSeconds(profile.contactStateTtlSeconds())));
        try {
            saved.get(Math.max(deadline.remaining().toNanos(), MIN_WAIT.toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            saved.cancel(true);
            log.warn(
                    "the contact state was not stored within the deadline; the screen pop will look the caller"
                            + " up again",
                    Map.of("contactId", result.contactId()));
        } catch (ExecutionException e) {
            // Not fatal: the screen pop recomputes a missing state, the call log logs without a match.
            log.error("could not store the contact state", Map.of("contactId", result.contactId()), e.getCause());
        } catch (InterruptedException e) {
            saved.cancel(true);
            Thread.currentThread().interrupt();
        }
    }

    private void logOutcome(LookupResult result, CallerNumber number, long elapsedMs) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("contactId", result.contactId());
        fields.put("profile", result.profile());
        fields.put("lookupStatus", result.status().name());
        fields.put("matchCount", result.matches().size());
        fields.put("caller", number instanceof CallerNumber.Valid valid ? PhoneMasking.mask(valid.e164()) : "");
        fields.put("detail", result.detail());
        fields.put("elapsedMs", elapsedMs);
        log.info("caller lookup", fields);
    }

    private LookupResult unavailable(LookupRequest request, Profile profile, CallerNumber.Valid caller, String why) {
        return result(request, profile, LookupStatus.UNAVAILABLE, caller.e164(), List.of(), why);
    }

    private LookupResult result(
            LookupRequest request,
            Profile profile,
            LookupStatus status,
            String callerNumber,
            List<CallerMatch> matches,
            String detail) {
        return new LookupResult(
                request.contactId(), profile.profile(), status, callerNumber, matches, detail, clock.instant());
    }

    /** A reason for logs and support without anything the caller typed or Salesforce returned as data. */
    private static String describe(Throwable failure) {
        if (failure instanceof SalesforceApiException api) {
            return "Salesforce error " + api.errorCode();
        }
        return failure == null ? "unknown failure" : failure.getClass().getSimpleName();
    }
}
