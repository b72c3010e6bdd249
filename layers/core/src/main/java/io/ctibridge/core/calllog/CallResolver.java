package io.ctibridge.core.calllog;

import io.ctibridge.core.calllog.CallLogOutcome.Result;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.Delivery;
import io.ctibridge.core.config.FlowOperation;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.store.ProfileReader;
import io.ctibridge.core.contact.ContactStateStore;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.OperationRecord;
import io.ctibridge.core.observability.JsonLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out what each delivered contact is about (the caller lookup's stored result, hence the profile the flow
 * used) and which of them the profile logs: its channels, abandoned calls or not, one version per contact.
 */
final class CallResolver {

    private final ProfileReader profiles;
    private final ContactStateStore states;
    private final Parallel parallel;
    private final Duration retryAfter;
    private final JsonLog log;

    CallResolver(
            ProfileReader profiles, ContactStateStore states, Parallel parallel, Duration retryAfter, JsonLog log) {
        this.profiles = profiles;
        this.states = states;
        this.parallel = parallel;
        this.retryAfter = retryAfter;
        this.log = log;
    }

    /** The calls to log; every other delivery gets its outcome in {@code outcomes}. */
    List<LoggableCall> loggable(List<Delivery.Readable> deliveries, Outcomes outcomes) {
        List<Parallel.Attempt<LoggableCall>> attempts = parallel.map(deliveries, delivery -> {
            Optional<LookupResult> lookup = lookup(delivery.contact().lookupKeys());
            Profile profile = profileFor(lookup);
            return new LoggableCall(delivery, lookup, profile)
                    .relatedTo(operationRecord(delivery.contact().lookupKeys(), profile));
        });
        List<LoggableCall> calls = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            Parallel.Attempt<LoggableCall> attempt = attempts.get(i);
            if (attempt.succeeded()) {
                filter(attempt.value(), outcomes).ifPresent(calls::add);
            } else {
                Delivery.Readable delivery = deliveries.get(i);
                String contactId = delivery.contact().contactId();
                log.error("cannot read the contact's lookup result", Map.of("contactId", contactId), attempt.failure());
                outcomes.put(
                        delivery, CallLogOutcome.retry(delivery, contactId, "contact state unavailable", retryAfter));
            }
        }
        return newestPerContact(calls, outcomes);
    }

    /** The profile of the lookup stored under the first of {@code lookupKeys} that has one. */
    Profile profileFor(List<String> lookupKeys) {
        return profileFor(lookup(lookupKeys));
    }

    private Optional<LookupResult> lookup(List<String> lookupKeys) {
        for (String key : lookupKeys) {
            Optional<LookupResult> found = states.find(key);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The record the latest {@code relateCallLog} operation of the profile found or created for the contact (issue
     * 18); no read at all for a profile without such operations.
     */
    private Optional<String> operationRecord(List<String> lookupKeys, Profile profile) {
        List<String> relating = profile.operationNames(FlowOperation::relateCallLog);
        if (relating.isEmpty()) {
            return Optional.empty();
        }
        for (String key : lookupKeys) {
            List<OperationRecord> found = states.operationRecords(key, relating);
            if (!found.isEmpty()) {
                return Optional.of(found.getFirst().recordId());
            }
        }
        return Optional.empty();
    }

    /** The profile the flow used for the caller lookup; the default one when the call had no lookup. */
    private Profile profileFor(Optional<LookupResult> lookup) {
        return profiles.get(lookup.map(LookupResult::profile).orElse(Profile.DEFAULT_NAME));
    }

    private static Optional<LoggableCall> filter(LoggableCall call, Outcomes outcomes) {
        ContactRecord contact = call.contact();
        String profile = call.profile().profile();
        if (!call.config().logsChannel(contact.channel())) {
            outcomes.put(
                    call,
                    call.outcome(
                            Result.IGNORED, "channel " + contact.channel() + " is not logged by profile " + profile));
            return Optional.empty();
        }
        if (contact.abandoned() && !call.config().logAbandoned()) {
            outcomes.put(call, call.outcome(Result.IGNORED, "abandoned calls are not logged by profile " + profile));
            return Optional.empty();
        }
        return Optional.of(call);
    }

    /** Two versions of one contact in a batch: the newer one is written, the other skipped. */
    private static List<LoggableCall> newestPerContact(List<LoggableCall> calls, Outcomes outcomes) {
        Map<String, LoggableCall> newest = new LinkedHashMap<>();
        for (LoggableCall call : calls) {
            LoggableCall seen = newest.get(call.contactId());
            LoggableCall skipped = call;
            if (seen == null
                    || call.contact().version().isNewerThan(seen.contact().version())) {
                newest.put(call.contactId(), call);
                skipped = seen;
            }
            if (skipped != null) {
                outcomes.put(skipped, skipped.outcome(Result.SKIPPED, "a later version is in the same batch"));
            }
        }
        return List.copyOf(newest.values());
    }
}
