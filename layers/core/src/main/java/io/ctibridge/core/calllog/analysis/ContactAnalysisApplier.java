package io.ctibridge.core.calllog.analysis;

import io.ctibridge.core.calllog.analysis.AnalysisFiles.UnreadableAnalysisException;
import io.ctibridge.core.calllog.analysis.AnalysisOutcome.Result;
import io.ctibridge.core.calllog.deadletter.DeadLetter;
import io.ctibridge.core.calllog.deadletter.DeadLetterQueue;
import io.ctibridge.core.calllog.ledger.AnalysisRecording;
import io.ctibridge.core.calllog.ledger.CallLogLedger;
import io.ctibridge.core.calllog.ledger.LedgerAnalysis;
import io.ctibridge.core.calllog.ledger.LedgerEntry;
import io.ctibridge.core.calllog.task.SalesforceFailures;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Puts a Contact Lens post-call analysis on its call's activity exactly once, whichever arrives first:
 * <ol>
 *   <li>the file is read and parsed; a key that is not an analysis file's, or a file that cannot be read or parsed,
 *       goes to the dead-letter queue with its reason;</li>
 *   <li>the analysis is recorded on the contact's ledger item, unless a later one is there (an older file arriving
 *       late changes nothing; the same file again records nothing new);</li>
 *   <li>no Task yet (or a refused one): it waits in the ledger, and the call log writes it with the Task's create
 *       at no extra Salesforce request;</li>
 *   <li>a Task being written right now: {@link AnalysisRetryException}, for Lambda to try again once it is
 *       (the call log marks it applied if its create carried it, and a repeat then finds nothing to do);</li>
 *   <li>a Task: one sObject Collections update by the Task's Id, then the analysis is marked applied in the ledger
 *       (conditional on it still being the newest).</li>
 * </ol>
 * Salesforce's passing failures come back as {@link AnalysisRetryException}; its refusals go to the dead-letter
 * queue. The object written is the profile's {@code callLog.object} and the Id the ledger's, so the same step
 * serves any call-log destination the ledger records (Task, VoiceCall).
 */
public final class ContactAnalysisApplier {

    private final ProfileReader profiles;
    private final ContactStateStore states;
    private final CallLogLedger ledger;
    private final AnalysisFiles files;
    private final Supplier<SalesforceApi> salesforce;
    private final SalesforceGuard guard;
    private final DeadLetterQueue deadLetters;
    private final ContactAnalysisParser parser = new ContactAnalysisParser();
    private final Clock clock;
    private final JsonLog log;
    private final EmfMetrics metrics;

    public ContactAnalysisApplier(
            ProfileReader profiles,
            ContactStateStore states,
            CallLogLedger ledger,
            AnalysisFiles files,
            Supplier<SalesforceApi> salesforce,
            SalesforceGuard guard,
            DeadLetterQueue deadLetters,
            Clock clock,
            JsonLog log,
            EmfMetrics metrics) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.states = Objects.requireNonNull(states, "states");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
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
        if (outcome.taskId() != null) {
            fields.put("taskId", outcome.taskId());
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
            return new AnalysisOutcome(Result.IGNORED, key.contactId(), null, "Contact Lens is off in the profile");
        }
        if (key.redacted() != lens.redacted()) {
            return new AnalysisOutcome(
                    Result.IGNORED,
                    key.contactId(),
                    null,
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
        AnalysisRecording recording;
        try {
            recording = ledger.recordAnalysis(
                    key.contactId(), new LedgerAnalysis(key.key(), key.at(), analysis.toJson(), false));
        } catch (RuntimeException e) {
            throw new AnalysisRetryException("cannot record the analysis in the ledger: " + e.getMessage(), e);
        }
        if (!recording.newest()) {
            return new AnalysisOutcome(
                    Result.SKIPPED,
                    key.contactId(),
                    null,
                    "a later analysis is recorded: " + recording.analysis().key());
        }
        if (recording.analysis().applied()) {
            return new AnalysisOutcome(Result.SKIPPED, key.contactId(), null, "already on the call's activity");
        }
        return recording
                .task()
                .map(task -> toTask(delivery, key, analysis, profile, task, deadline))
                .orElseGet(() -> new AnalysisOutcome(
                        Result.WAITING, key.contactId(), null, "no contact record yet; written with the Task"));
    }

    private AnalysisOutcome toTask(
            AnalysisDelivery delivery,
            AnalysisKey key,
            ContactAnalysis analysis,
            Profile profile,
            LedgerEntry task,
            Deadline deadline) {
        switch (task.state()) {
            case REJECTED -> {
                return new AnalysisOutcome(
                        Result.WAITING,
                        key.contactId(),
                        null,
                        "the Task was refused; written with the Task a later contact record creates");
            }
            case PENDING ->
                // The Task is being written: its create may carry this analysis, or may have read the ledger before
                // it was recorded. Once the Task is DONE a repeat knows which.
                throw new AnalysisRetryException("the Task is being written; the analysis comes back after it", null);
            case DONE -> {
                return update(delivery, key, analysis, profile, task, deadline);
            }
        }
        throw new IllegalStateException("unknown ledger state " + task.state());
    }

    private AnalysisOutcome update(
            AnalysisDelivery delivery,
            AnalysisKey key,
            ContactAnalysis analysis,
            Profile profile,
            LedgerEntry task,
            Deadline deadline) {
        Map<String, Object> fields = AnalysisFields.of(profile.callLog().contactLens(), analysis);
        if (fields.isEmpty()) {
            ledger.markAnalysisApplied(key.contactId(), key.key());
            return new AnalysisOutcome(
                    Result.SKIPPED, key.contactId(), task.taskId(), "the analysis has none of the profile's fields");
        }
        Optional<Shed> shed = guard.deferral();
        if (shed.isPresent()) {
            throw new AnalysisRetryException("deferred: " + shed.get().reason(), null);
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("Id", task.taskId());
        record.putAll(fields);
        String object = profile.callLog().object();
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
                    object + " " + task.taskId() + ": " + errors);
        }
        try {
            if (!ledger.markAnalysisApplied(key.contactId(), key.key())) {
                // A later analysis arrived while this one was written: it writes itself the same way.
                log.info("a later analysis arrived meanwhile", Map.of("contactId", key.contactId()));
            }
        } catch (RuntimeException e) {
            // Written but not marked: a repeat writes the same values again, which changes nothing on the Task.
            throw new AnalysisRetryException("cannot mark the analysis applied: " + e.getMessage(), e);
        }
        return new AnalysisOutcome(
                Result.APPLIED, key.contactId(), task.taskId(), fields.keySet().toString());
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
        return new AnalysisOutcome(Result.DEAD_LETTERED, contactId, null, reason + ": " + detail);
    }
}
