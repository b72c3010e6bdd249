package io.ctibridge.core.lookup;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.SearchTarget;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.phone.CallerNumber;
import io.ctibridge.core.phone.PhoneFieldMatcher;
import io.ctibridge.core.salesforce.api.SObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Orders search candidates by the profile: object priority, then the priority of the phone field that matched, then
 * the tie-break date (most recent first), then LastModifiedDate and Id so equal inputs always rank the same way.
 * Candidates none of whose phone fields is really the caller's number (search tokenisation can over-match) are
 * dropped here.
 */
public final class MatchRanker {

    /** Ranked matches and the status they imply. */
    public record Ranking(LookupStatus status, List<CallerMatch> matches) {}

    private record Scored(CallerMatch match, int objectPriority, int fieldRank, String tieBreak, String lastModified) {}

    // Salesforce dates and datetimes are fixed-width ISO text in UTC, so text order is time order.
    private static final Comparator<String> RECENT_FIRST = Comparator.nullsLast(Comparator.<String>reverseOrder());

    private static final Comparator<Scored> ORDER = Comparator.comparingInt(Scored::objectPriority)
            .thenComparingInt(Scored::fieldRank)
            .thenComparing(Scored::tieBreak, RECENT_FIRST)
            .thenComparing(Scored::lastModified, RECENT_FIRST)
            .thenComparing(s -> s.match().id());

    private MatchRanker() {}

    public static Ranking rank(List<SObject> candidates, CallerNumber.Valid caller, Profile profile) {
        Map<String, SearchTarget> targets =
                profile.searchTargets().stream().collect(Collectors.toMap(SearchTarget::object, Function.identity()));
        List<Scored> scored = new ArrayList<>();
        for (SObject candidate : candidates) {
            SearchTarget target = targets.get(candidate.type());
            if (target != null) {
                score(candidate, target, caller, profile).ifPresent(scored::add);
            }
        }
        scored.sort(ORDER);
        List<CallerMatch> matches =
                scored.stream().limit(profile.maxMatches()).map(Scored::match).toList();
        return new Ranking(status(scored), matches);
    }

    /**
     * Object priority decides (a Contact outranks a Lead of the same person); within the winning object several
     * matches leave a choice to the agent, whatever the finer ordering says.
     */
    private static LookupStatus status(List<Scored> ordered) {
        if (ordered.isEmpty()) {
            return LookupStatus.NONE;
        }
        int best = ordered.getFirst().objectPriority();
        long atBest = ordered.stream().filter(s -> s.objectPriority() == best).count();
        return atBest == 1 ? LookupStatus.MATCH : LookupStatus.MULTIPLE;
    }

    private static Optional<Scored> score(
            SObject record, SearchTarget target, CallerNumber.Valid caller, Profile profile) {
        List<String> phoneFields = target.phoneFields();
        for (int rank = 0; rank < phoneFields.size(); rank++) {
            String field = phoneFields.get(rank);
            if (PhoneFieldMatcher.matches(caller, record.string(field).orElse(null))) {
                return Optional.of(new Scored(
                        toMatch(record, target, field),
                        target.priority(),
                        rank,
                        record.string(profile.tieBreak().salesforceField()).orElse(null),
                        record.string(SearchFields.LAST_MODIFIED).orElse(null)));
            }
        }
        return Optional.empty();
    }

    private static CallerMatch toMatch(SObject record, SearchTarget target, String matchedField) {
        String id = record.id().orElseThrow(() -> new IllegalArgumentException("search result without Id"));
        String name = record.string(target.nameField()).orElse("");
        String accountId;
        String accountName;
        if ("Account".equals(target.object())) {
            // An Account is its own account: the call log relates the Task to it (WhatId).
            accountId = id;
            accountName = name;
        } else if (target.accountField() != null) {
            accountId = record.string(target.accountField()).orElse(null);
            accountName = record.string(SearchFields.accountNamePath(target.accountField()))
                    .orElse(null);
        } else {
            accountId = null;
            accountName = null;
        }
        return new CallerMatch(id, target.object(), name, accountId, accountName, matchedField);
    }
}
