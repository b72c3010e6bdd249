package io.ctibridge.core.lookup;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.SearchTarget;
import io.ctibridge.core.phone.CallerNumber;
import io.ctibridge.core.salesforce.Sosl;
import io.ctibridge.core.salesforce.api.ParameterizedSearch;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.time.Deadline;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Searches every target object of the profile in one parameterizedSearch POST over PHONE fields. Salesforce keeps
 * phones as typed and compares digits in phone search, so the term is every digit form of the number ORed together.
 */
public final class SalesforceCallerSearch implements CallerSearch {

    /** parameterizedSearch's ceiling for overallLimit. */
    private static final int MAX_OVERALL_LIMIT = 2000;
    /** Salesforce removes the logical operators (our ORs) from longer search text, so a batch stays under it. */
    static final int MAX_TERM_LENGTH = 4000;

    private static final String OR = " OR ";

    private final Supplier<SalesforceApi> api;

    /** @param api the API, possibly connected on first use (a failure to connect then fails this search only) */
    public SalesforceCallerSearch(Supplier<SalesforceApi> api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    @Override
    public List<SObject> candidates(CallerNumber.Valid caller, Profile profile, Deadline deadline) {
        return api.get().withDeadline(deadline).parameterizedSearch(request(caller, profile));
    }

    /** The request, visible for tests that check what would be sent. */
    static ParameterizedSearch request(CallerNumber.Valid caller, Profile profile) {
        return request(List.of(caller), profile);
    }

    /**
     * The fewest searches that find the candidates of all {@code callers} at once, each number keeping the
     * profile's per-object limit: a search ORs the digit forms of as many numbers as fit in {@link #MAX_TERM_LENGTH}
     * characters of search text and in parameterizedSearch's overall limit of 2000 records (maxMatches × objects
     * per number): 66 numbers per search with the default profile (10 matches × 3 objects). Rank each number's share with
     * {@link MatchRanker#rank}, which keeps only the candidates whose phone field is that number.
     */
    public static List<ParameterizedSearch> batchRequests(List<CallerNumber.Valid> callers, Profile profile) {
        int perNumber =
                Math.max(1, profile.maxMatches() * profile.searchTargets().size());
        List<ParameterizedSearch> requests = new ArrayList<>();
        List<CallerNumber.Valid> chunk = new ArrayList<>();
        int termLength = 0;
        for (CallerNumber.Valid caller : callers) {
            int length = term(List.of(caller)).length();
            boolean full = termLength + OR.length() + length > MAX_TERM_LENGTH
                    || (chunk.size() + 1) * perNumber > MAX_OVERALL_LIMIT;
            if (!chunk.isEmpty() && full) {
                requests.add(request(chunk, profile));
                chunk = new ArrayList<>();
                termLength = 0;
            }
            termLength += (chunk.isEmpty() ? 0 : OR.length()) + length;
            chunk.add(caller);
        }
        if (!chunk.isEmpty()) {
            requests.add(request(chunk, profile));
        }
        return List.copyOf(requests);
    }

    private static ParameterizedSearch request(List<CallerNumber.Valid> callers, Profile profile) {
        int perObject = profile.maxMatches() * callers.size();
        List<ParameterizedSearch.Target> targets = profile.searchTargets().stream()
                .map(target -> target(target, profile, perObject))
                .toList();
        int overallLimit = Math.min(MAX_OVERALL_LIMIT, perObject * targets.size());
        return ParameterizedSearch.of(term(callers), ParameterizedSearch.SearchGroup.PHONE, targets)
                .withOverallLimit(overallLimit);
    }

    private static String term(List<CallerNumber.Valid> callers) {
        // Digits need no escaping today; escaping anyway keeps caller input safe if the forms ever change.
        return callers.stream()
                .flatMap(caller -> caller.searchDigits().stream())
                .distinct()
                .map(Sosl::escapeTerm)
                .collect(Collectors.joining(OR));
    }

    private static ParameterizedSearch.Target target(SearchTarget target, Profile profile, int limit) {
        return new ParameterizedSearch.Target(
                target.object(), SearchFields.of(target, profile), SoqlFilters.where(target.filters()), limit);
    }
}
