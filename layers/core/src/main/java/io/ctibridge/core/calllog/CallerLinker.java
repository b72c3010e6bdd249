package io.ctibridge.core.calllog;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.lookup.MatchRanker;
import io.ctibridge.core.lookup.SalesforceCallerSearch;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.phone.CallerNumber;
import io.ctibridge.core.phone.CallerNumberClassifier;
import io.ctibridge.core.salesforce.api.ParameterizedSearch;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the caller of the calls the lookup left without an answer (no stored result: a flow without the lookup, a
 * state past its TTL; or UNAVAILABLE), so that their Tasks and VoiceCalls are linked as the lookup would have linked
 * them: the
 * customer's number (CustomerEndpoint, the number dialled for an outbound call) classified by the profile, searched
 * with the profile's targets, ranked by {@link MatchRanker}. All numbers of a profile go in as few searches as
 * Salesforce's limits allow ({@link SalesforceCallerSearch#batchRequests}), never one per call. Withheld and invalid
 * numbers cost nothing and stay unlinked. A failed search leaves its calls unlinked rather than retrying them: the
 * record is what must not be lost, and a retry would hold every call of the batch back for a link. One search per
 * batch serves both destinations of a call logged to both.
 */
final class CallerLinker {

    static final String DETAIL = "resolved by the call log";

    private final Clock clock;
    private final JsonLog log;
    private final EmfMetrics metrics;

    CallerLinker(Clock clock, JsonLog log, EmfMetrics metrics) {
        this.clock = clock;
        this.log = log;
        this.metrics = metrics;
    }

    /**
     * {@code calls}, in order, those the lookup left unanswered carrying the result of the search instead.
     *
     * @param found the callers this batch found already, by ContactId: a call another destination linked (its Task,
     *              before its VoiceCall) reuses the result without a second search; what this call finds is added
     */
    List<LoggableCall> link(SalesforceApi search, List<LoggableCall> calls, Map<String, LookupResult> found) {
        Map<Profile, Map<LoggableCall, CallerNumber.Valid>> unanswered = new LinkedHashMap<>();
        Map<LoggableCall, LoggableCall> linked = new LinkedHashMap<>();
        for (LoggableCall call : calls) {
            if (!needsSearch(call.lookup())) {
                continue;
            }
            LookupResult known = found.get(call.contactId());
            if (known != null) {
                linked.put(call, call.withLookup(known));
                continue;
            }
            classify(call)
                    .ifPresent(valid -> unanswered
                            .computeIfAbsent(call.profile(), p -> new LinkedHashMap<>())
                            .put(call, valid));
        }
        unanswered.forEach((profile, numbers) -> linked.putAll(link(search, profile, numbers, found)));
        return calls.stream().map(call -> linked.getOrDefault(call, call)).toList();
    }

    /** The customer's number when it is one to search; a profile the classifier refuses links nothing. */
    private Optional<CallerNumber.Valid> classify(LoggableCall call) {
        Profile profile = call.profile();
        try {
            CallerNumber number = new CallerNumberClassifier(profile.defaultRegion(), profile.systemNumbers())
                    .classify(call.contact().customerAddress(), null);
            return number instanceof CallerNumber.Valid valid ? Optional.of(valid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            log.error(
                    "cannot classify the caller's number; the call is logged unlinked",
                    Map.of("contactId", call.contactId(), "profile", profile.profile()),
                    e);
            return Optional.empty();
        }
    }

    /** No stored result, or one that could not search: what the lookup would have found is unknown. */
    private static boolean needsSearch(Optional<LookupResult> lookup) {
        return lookup.isEmpty() || lookup.get().status() == LookupStatus.UNAVAILABLE;
    }

    private Map<LoggableCall, LoggableCall> link(
            SalesforceApi search,
            Profile profile,
            Map<LoggableCall, CallerNumber.Valid> numbers,
            Map<String, LookupResult> found) {
        List<CallerNumber.Valid> distinct = numbers.values().stream().distinct().toList();
        List<SObject> candidates = new ArrayList<>();
        Map<CallerNumber.Valid, MatchRanker.Ranking> rankings = new LinkedHashMap<>();
        try {
            for (ParameterizedSearch request : SalesforceCallerSearch.batchRequests(distinct, profile)) {
                candidates.addAll(search.parameterizedSearch(request));
            }
            distinct.forEach(number -> rankings.put(number, MatchRanker.rank(candidates, number, profile)));
        } catch (RuntimeException e) {
            log.error(
                    "cannot search the callers of calls without a lookup; they are logged unlinked",
                    Map.of("profile", profile.profile(), "calls", numbers.size()),
                    e);
            metrics.count("CallLogLinks", "Result", "SEARCH_FAILED", null);
            return Map.of();
        }
        Map<LoggableCall, LoggableCall> linked = new LinkedHashMap<>();
        numbers.forEach((call, number) -> {
            MatchRanker.Ranking ranking = rankings.get(number);
            LookupResult result = new LookupResult(
                    call.contactId(),
                    profile.profile(),
                    ranking.status(),
                    number.e164(),
                    ranking.matches(),
                    DETAIL,
                    clock.instant());
            found.put(call.contactId(), result);
            linked.put(call, call.withLookup(result));
            log.info(
                    "caller linked by the call log",
                    Map.of(
                            "contactId",
                            call.contactId(),
                            "lookupStatus",
                            ranking.status().name(),
                            "matchCount",
                            ranking.matches().size(),
                            "caller",
                            number.masked()));
            metrics.count("CallLogLinks", "Result", ranking.status().name(), null);
        });
        return linked;
    }
}
