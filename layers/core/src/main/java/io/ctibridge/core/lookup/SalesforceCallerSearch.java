package io.ctibridge.core.lookup;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.SearchTarget;
import io.ctibridge.core.phone.CallerNumber;
import io.ctibridge.core.salesforce.Sosl;
import io.ctibridge.core.salesforce.api.ParameterizedSearch;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.time.Deadline;
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
        // Digits need no escaping today; escaping anyway keeps caller input safe if the forms ever change.
        String term = caller.searchDigits().stream().map(Sosl::escapeTerm).collect(Collectors.joining(" OR "));
        List<ParameterizedSearch.Target> targets = profile.searchTargets().stream()
                .map(target -> target(target, profile))
                .toList();
        int overallLimit = Math.min(MAX_OVERALL_LIMIT, profile.maxMatches() * targets.size());
        return ParameterizedSearch.of(term, ParameterizedSearch.SearchGroup.PHONE, targets)
                .withOverallLimit(overallLimit);
    }

    private static ParameterizedSearch.Target target(SearchTarget target, Profile profile) {
        return new ParameterizedSearch.Target(
                target.object(),
                SearchFields.of(target, profile),
                SoqlFilters.where(target.filters()),
                profile.maxMatches());
    }
}
