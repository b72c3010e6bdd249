package io.ctibridge.core.calllog.analysis;

import io.ctibridge.core.calllog.analysis.AnalysisFiles.UnreadableAnalysisException;
import io.ctibridge.core.calllog.analysis.AnalysisOutcome.Result;
import io.ctibridge.core.calllog.deadletter.DeadLetter;
import io.ctibridge.core.calllog.deadletter.DeadLetterQueue;
import io.ctibridge.core.calllog.ledger.AnalysisRecording;
import io.ctibridge.core.calllog.ledger.LedgerAnalysis;
import io.ctibridge.core.calllog.ledger.LedgerEntry;
import io.ctibridge.core.calllog.task.SalesforceFailures;
import io.ctibridge.core.config.CallLogDestination;
import io.ctibridge.core.config.ContactLens;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.store.ProfileReader;
import io.ctibridge.core.contact.ContactStateStore;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.salesforce.SalesforceException;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.salesforce.api.SaveError;
import io.ctibridge.core.salesforce.api.SaveResult;
import io.ctibridge.core.salesforce.guard.SalesforceGuard;
import io.ctibridge.core.salesforce.guard.Shed;
import io.ctibridge.core.time.Deadline;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Puts a Contact Lens post-call analysis on its call's record exactly once, whichever arrives first:
 * <ol>
 *   <li>the file is read and parsed; a key that is not an analysis file's, or a file that cannot be read or parsed,
 *       goes to the dead-letter queue with its reason;</li>
 *   <li>the analysis is recorded on the contact's ledger item, unless a later one is there (an older file arriving
 *       late changes nothing; the same file again records nothing new);</li>
 *   <li>then for each destination the profile logs to (its {@link AnalysisTarget}: the Task, the VoiceCall):</li>
 *   <li>no record there yet (or a refused one): it waits in the ledger, and the call log writes it with the
 *       record's create at no extra Salesforce request (a Task's create, a VoiceCall's closing PATCH);</li>
 *   <li>a record being written right now: {@link AnalysisRetryException}, for Lambda to try again once it is
 *       (the call log marks it applied if its write carried it, and a repeat then finds nothing to do);</li>
 *   <li>a record: one sObject Collections update by its Id, then the analysis is marked applied for that
 *       destination in the ledger (conditional on it still being the newest).</li>
 * </ol>
 * A profile logging to VoiceCall has its outbound calls logged as Tasks (the Telephony API cannot create them): when
 * no VoiceCall is recorded for the contact, the Task is looked for too. Salesforce's passing failures come back as
 * {@link AnalysisRetryException}, after which a destination that has the analysis already skips it; its refusals
 * go to the dead-letter queue.
 */
public final class ContactAnalysisApplier {

    private final ProfileReader profiles;
    private final ContactStateStore states;
    private final AnalysisTarget task;
    private final AnalysisTarget voiceCall;
    private final AnalysisFiles files;
    private final Supplier<SalesforceApi> salesforce;
    private final SalesforceGuard guard;
    private final DeadLetterQueue deadLetters;
    private final ContactAnalysisParser parser = new ContactAnalysisParser();
    private final Clock clock;
    private final JsonLog log;
    private final EmfMetrics metrics;

    /** One destination's part of a delivery; {@code recordKnown}: the ledger holds an entry for it there. */
    private record Settled(AnalysisOutcome outcome, boolean recordKnown) {}

    public ContactAnalysisApplier(
            ProfileReader profiles,
            ContactStateStore states,
            AnalysisTarget task,
            AnalysisTarget voiceCall,
            AnalysisFiles files,
            Supplier<SalesforceApi> salesforce,
            SalesforceGuard guard,
            DeadLetterQueue deadLetters,
            Clock clock,
            JsonLog log,
            EmfMetrics metrics) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.states = Objects.requireNonNull(states, "states");
        this.task = Objects.requireNonNull(task, "task");
        this.voiceCall = Objects.requireNonNull(voiceCall, "voiceCall");
        this.files = Objects.requireNonNull(files, "files");
        this.salesforce = Objects.requireNonNull(salesforce, "salesforce");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * @throws AnalysisRetryException when it should be delivered again (nothing is lost meanwhile)
     */
    public AnalysisOutcome apply(AnalysisDelivery delivery, Deadline deadline) {
        AnalysisOutcome outcome = settle(delivery, deadline);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("result", outcome.result().name());
        if (outcome.contactId() != null) {
            fields.put("contactId", outcome.contactId());
        }
        if (!outcome.recordIds().isEmpty()) {
            fields.put("recordIds", String.join(",", outcome.recordIds()));
        }
        fields.put("key", String.valueOf(delivery.encodedKey()));
        fields.put("detail", outcome.detail());
        if (outcome.result() == Result.DEAD_LETTERED) {
            log.error("contact analysis sent to the dead-letter queue", fields, null);
        } else {
            log.info("contact analysis " + outcome.result().name().toLowerCase(Locale.ROOT), fields);
        }
        metrics.count("ContactAnalyses", "Result", outcome.result().name(), null);
        return outcome;
    }

    private AnalysisOutcome settle(AnalysisDelivery delivery, Deadline deadline) {
        Optional<AnalysisKey> parsedKey = AnalysisKey.fromEventKey(delivery.encodedKey());
        if (delivery.bucket() == null || delivery.bucket().isBlank() || parsedKey.isEmpty()) {
            return deadLetter(
                    delivery,
                    null,
                    DeadLetter.Reason.UNREADABLE_ANALYSIS,
                    "not a Contact Lens post-call analysis key (Analysis/Voice/[Redacted/]YYYY/MM/DD/"
                            + "<contactId>_analysis_[redacted_]<timestamp>.json): " + delivery.encodedKey()
                            + (delivery.bucket() == null || delivery.bucket().isBlank() ? " (no bucket)" : ""));
        }
        AnalysisKey key = parsedKey.get();
        Profile profile = profileOf(key.contactId());
        ContactLens lens = profile.callLog().contactLens();
        if (!lens.enabled()) {
            return AnalysisOutcome.of(Result.IGNORED, key.contactId(), "Contact Lens is off in the profile");
        }
        if (key.redacted() != lens.redacted()) {
            return AnalysisOutcome.of(
                    Result.IGNORED,
                    key.contactId(),
                    "the profile uses the " + (lens.redacted() ? "redacted" : "unredacted") + " analysis");
        }
        ContactAnalysis analysis;
        try {
            analysis = parser.parse(files.read(delivery.bucket(), key.key()), key.contactId());
        } catch (UnreadableAnalysisException | MalformedAnalysisException e) {
            return deadLetter(
                    delivery,
                    key.contactId(),
                    DeadLetter.Reason.UNREADABLE_ANALYSIS,
                    "s3://" + delivery.bucket() + "/" + key.key() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new AnalysisRetryException("cannot read the analysis file now: " + e.getMessage(), e);
        }
        LedgerAnalysis recorded = new LedgerAnalysis(key.key(), key.at(), analysis.toJson(), false);
        CallLogDestination destination = profile.callLog().destinationKind();
        List<Settled> settled = new ArrayList<>();
        if (destination.writesTask()) {
            settled.add(settleOn(task, delivery, key, recorded, analysis, profile, deadline));
        }
        if (destination.writesVoiceCall()) {
            Settled onVoiceCall = settleOn(voiceCall, delivery, key, recorded, analysis, profile, deadline);
            settled.add(onVoiceCall);
            if (!destination.writesTask() && !onVoiceCall.recordKnown()) {
                // No VoiceCall: the call may be outbound, which the call log writes as a Task.
                settled.add(settleOn(task, delivery, key, recorded, analysis, profile, deadline));
            }
        }
        return combined(key.contactId(), settled);
    }

    /** One destination's part: record the analysis for it, then write it, leave it waiting, or skip it. */
    private Settled settleOn(
            AnalysisTarget target,
            AnalysisDelivery delivery,
            AnalysisKey key,
            LedgerAnalysis recorded,
            ContactAnalysis analysis,
            Profile profile,
            Deadline deadline) {
        AnalysisRecording recording;
        try {
            // The analysis is one on the item: a second destination's call rewrites the same values.
            recording = target.ledger().recordAnalysis(key.contactId(), recorded);
        } catch (RuntimeException e) {
            throw new AnalysisRetryException("cannot record the analysis in the ledger: " + e.getMessage(), e);
        }
        boolean known = recording.entry().isPresent();
        if (!recording.newest()) {
            return new Settled(
                    skipped(
                            target,
                            key,
                            "a later analysis is recorded: "
                                    + recording.analysis().key()),
                    known);
        }
        if (recording.analysis().applied()) {
            return new Settled(skipped(target, key, "already on the " + target.name()), known);
        }
        if (recording.entry().isEmpty()) {
            return new Settled(
                    AnalysisOutcome.of(
                            Result.WAITING,
                            key.contactId(),
                            target.name() + ": no contact record yet; written with the " + target.name()),
                    false);
        }
        LedgerEntry entry = recording.entry().get();
        return new Settled(
                switch (entry.state()) {
                    case REJECTED ->
                        AnalysisOutcome.of(
                                Result.WAITING,
                                key.contactId(),
                                target.name() + " refused; written with the one a later contact record makes");
                    // Being written: its write may carry this analysis, or may have read the ledger before it was
                    // recorded. Once the entry is DONE a repeat knows which.
                    case PENDING ->
                        throw new AnalysisRetryException(
                                "the " + target.name() + " is being written; the analysis comes back after it", null);
                    case DONE -> update(target, delivery, key, analysis, profile, entry, deadline);
                },
                true);
    }

    private AnalysisOutcome update(
            AnalysisTarget target,
            AnalysisDelivery delivery,
            AnalysisKey key,
            ContactAnalysis analysis,
            Profile profile,
            LedgerEntry entry,
            Deadline deadline) {
        Map<String, Object> fields = AnalysisFields.of(profile.callLog().contactLens(), analysis);
        if (fields.isEmpty()) {
            target.ledger().markAnalysisApplied(key.contactId(), key.key());
            return skipped(target, key, "the analysis has none of the profile's fields");
        }
        Optional<Shed> shed = guard.deferral();
        if (shed.isPresent()) {
            throw new AnalysisRetryException("deferred: " + shed.get().reason(), null);
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("Id", entry.taskId());
        record.putAll(fields);
        String object = target.object().apply(profile.callLog());
        SaveResult saved;
        try {
            List<SaveResult> results =
                    salesforce.get().withDeadline(deadline).updateCollection(List.of(SObject.of(object, record)));
            if (results.isEmpty()) {
                throw new AnalysisRetryException("Salesforce answered without a result", null);
            }
            saved = results.getFirst();
        } catch (SalesforceException e) {
            if (SalesforceFailures.retryLater(e)) {
                throw new AnalysisRetryException(
                        "Salesforce: " + SalesforceFailures.describe(e) + "; the analysis comes back later", e);
            }
            return deadLetter(
                    delivery, key.contactId(), DeadLetter.Reason.SALESFORCE_REJECTED, SalesforceFailures.describe(e));
        } finally {
            guard.publishUsage(metrics);
        }
        if (!saved.success()) {
            String errors = saved.errors().stream()
                    .map(error -> error.statusCode() + ": " + error.message()
                            + (error.fields().isEmpty() ? "" : " " + error.fields()))
                    .collect(Collectors.joining("; "));
            if (saved.retryable()) {
                throw new AnalysisRetryException(
                        saved.errors().stream().map(SaveError::statusCode).collect(Collectors.joining(","))
                                + "; the analysis comes back later",
                        null);
            }
            return deadLetter(
                    delivery,
                    key.contactId(),
                    DeadLetter.Reason.SALESFORCE_REJECTED,
                    object + " " + entry.taskId() + ": " + errors);
        }
        try {
            if (!target.ledger().markAnalysisApplied(key.contactId(), key.key())) {
                // A later analysis arrived while this one was written: it writes itself the same way.
                log.info("a later analysis arrived meanwhile", Map.of("contactId", key.contactId()));
            }
        } catch (RuntimeException e) {
            // Written but not marked: a repeat writes the same values again, which changes nothing on the record.
            throw new AnalysisRetryException("cannot mark the analysis applied: " + e.getMessage(), e);
        }
        return new AnalysisOutcome(
                Result.APPLIED, key.contactId(), List.of(entry.taskId()), target.name() + ": " + fields.keySet());
    }

    /**
     * The delivery's outcome from its destinations' parts: a dead letter first (someone must look), then a write,
     * then a wait; skipped only when every part was.
     */
    private static AnalysisOutcome combined(String contactId, List<Settled> settled) {
        if (settled.size() == 1) {
            return settled.getFirst().outcome();
        }
        List<AnalysisOutcome> outcomes = settled.stream().map(Settled::outcome).toList();
        Result result = Stream.of(Result.DEAD_LETTERED, Result.APPLIED, Result.WAITING)
                .filter(candidate -> outcomes.stream().anyMatch(o -> o.result() == candidate))
                .findFirst()
                .orElse(Result.SKIPPED);
        return new AnalysisOutcome(
                result,
                contactId,
                outcomes.stream().flatMap(o -> o.recordIds().stream()).toList(),
                outcomes.stream().map(AnalysisOutcome::detail).collect(Collectors.joining("; ")));
    }

    private static AnalysisOutcome skipped(AnalysisTarget target, AnalysisKey key, String why) {
        return AnalysisOutcome.of(Result.SKIPPED, key.contactId(), target.name() + ": " + why);
    }

    /** The profile the call's lookup used (as the call log picks it); the default one when the lookup is gone. */
    private Profile profileOf(String contactId) {
        try {
            return profiles.get(
                    states.find(contactId).map(LookupResult::profile).orElse(Profile.DEFAULT_NAME));
        } catch (RuntimeException e) {
            throw new AnalysisRetryException("cannot read the contact's profile: " + e.getMessage(), e);
        }
    }

    private AnalysisOutcome deadLetter(
            AnalysisDelivery delivery, String contactId, DeadLetter.Reason reason, String detail) {
        try {
            deadLetters.send(
                    new DeadLetter(reason, detail, contactId, delivery.eventId(), delivery.payload(), clock.instant()));
        } catch (RuntimeException e) {
            throw new AnalysisRetryException("cannot send to the dead-letter queue: " + e.getMessage(), e);
        }
        return AnalysisOutcome.of(Result.DEAD_LETTERED, contactId, reason + ": " + detail);
    }
}
