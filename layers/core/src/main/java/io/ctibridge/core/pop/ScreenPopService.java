package io.ctibridge.core.pop;

import io.ctibridge.core.config.FlowOperation;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.store.ProfileReader;
import io.ctibridge.core.contact.ContactStateStore;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.contact.OperationRecord;
import io.ctibridge.core.lookup.CallerLookup;
import io.ctibridge.core.lookup.LookupRequest;
import io.ctibridge.core.observability.JsonLog;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The pop of an authorised contact: the lookup result the contact flow stored, or, when there is none (the flow
 * had no time left to store it, DynamoDB failed, or its TTL passed), a lookup run now. Never throws for lack of
 * data: the agent always gets something to show.
 *
 * <p>The token is minted by the flow's lookup just before it stores the result, so a missing result is not a race
 * with the flow; running the lookup here and storing it (as {@link CallerLookup} does) cannot overwrite a fresher one.
 */
public final class ScreenPopService {

    private final ContactStateStore states;
    private final ProfileReader profiles;
    private final CallerLookup lookup;
    private final Clock clock;
    private final JsonLog log;

    public ScreenPopService(
            ContactStateStore states, ProfileReader profiles, CallerLookup lookup, Clock clock, JsonLog log) {
        this.states = Objects.requireNonNull(states, "states");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** @param timeBudget how long the lookup may take, if one runs; the profile's deadline applies when shorter */
    public ScreenPop pop(PopQuery query, Duration timeBudget) {
        Optional<LookupResult> stored = storedResult(query.contactId());
        if (stored.isPresent()) {
            return served(stored.get(), ScreenPop.Source.STORED);
        }
        if (query.callerNumber() == null) {
            return served(
                    new LookupResult(
                            query.contactId(),
                            query.profileName(),
                            LookupStatus.UNAVAILABLE,
                            "",
                            List.of(),
                            "no stored lookup result and no callerNumber to look up",
                            clock.instant()),
                    ScreenPop.Source.NO_STATE);
        }
        // No dialled number: the adapter does not have Connect's SystemEndpoint; the profile's own numbers still apply.
        LookupResult fresh = lookup.lookup(new LookupRequest(
                        query.contactId(), query.callerNumber(), null, query.profileName(), timeBudget))
                .result();
        return served(fresh, ScreenPop.Source.LOOKED_UP);
    }

    private Optional<LookupResult> storedResult(String contactId) {
        try {
            return states.find(contactId);
        } catch (RuntimeException e) {
            // Treated as missing: the lookup (or the unknown-caller form) still gives the agent a screen.
            log.error("could not read the contact state; answering without it", Map.of("contactId", contactId), e);
            return Optional.empty();
        }
    }

    private ScreenPop served(LookupResult result, ScreenPop.Source source) {
        Profile profile = profiles.get(result.profile());
        return new ScreenPop(
                result, ScreenPopPayload.of(result, profile, operationRecord(result.contactId(), profile)), source);
    }

    /** The latest record a {@code popRecord} operation of the profile found or created for the contact. */
    private Optional<OperationRecord> operationRecord(String contactId, Profile profile) {
        List<String> popping = profile.operationNames(FlowOperation::popRecord);
        if (popping.isEmpty()) {
            return Optional.empty(); // the common case: no read at all
        }
        try {
            return states.operationRecords(contactId, popping).stream().findFirst();
        } catch (RuntimeException e) {
            // The lookup's pop still gives the agent a screen.
            log.error(
                    "could not read the contact's operation records; popping by the lookup",
                    Map.of("contactId", contactId),
                    e);
            return Optional.empty();
        }
    }
}
