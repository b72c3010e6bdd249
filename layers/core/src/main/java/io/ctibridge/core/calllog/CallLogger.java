package io.ctibridge.core.calllog;

import io.ctibridge.core.calllog.CallLogOutcome.Result;
import io.ctibridge.core.calllog.deadletter.DeadLetter;
import io.ctibridge.core.calllog.deadletter.DeadLetterQueue;
import io.ctibridge.core.calllog.fields.CallFieldMapper;
import io.ctibridge.core.calllog.fields.ConnectConsole;
import io.ctibridge.core.calllog.ledger.CallLogLedger;
import io.ctibridge.core.calllog.ledger.LedgerDecision;
import io.ctibridge.core.calllog.ledger.LedgerEntry;
import io.ctibridge.core.calllog.ledger.LedgerState;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.Delivery;
import io.ctibridge.core.calllog.task.OwnerResolver;
import io.ctibridge.core.calllog.task.TaskFields;
import io.ctibridge.core.calllog.voicecall.VoiceCallRequests;
import io.ctibridge.core.config.CallLogDestination;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.store.ProfileReader;
import io.ctibridge.core.contact.ContactStateStore;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.phone.PhoneMasking;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.salesforce.guard.SalesforceGuard;
import io.ctibridge.core.salesforce.guard.Shed;
import io.ctibridge.core.time.Deadline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Turns delivered contacts into exactly one Task each (and, for profiles whose destination says so, one VoiceCall each,
 * through {@link VoiceCallWriteStep} under the same ledger, dead letters and batch). At least once in, exactly once out:
 * <ol>
 *   <li>the ledger says, per contact, whether to create, rewrite (a later version) or skip;</li>
 *   <li>a create is claimed in the ledger first (PENDING, conditional), and a claim left PENDING by a failed
 *       delivery is taken over only after asking Salesforce whether its Task exists (CallObject = ContactId), and
 *       not at all, by anyone, while a create that failed without an answer may still land (the grace);</li>
 *   <li>the batch's Tasks go to Salesforce in sObject Collections calls, owners found with one query;</li>
 *   <li>each saved Task is recorded DONE with its Id; a refused one goes to the dead-letter queue, a failed one
 *       comes back as RETRY for the source to deliver again.</li>
 * </ol>
 * Never throws for a delivery's sake: every delivery gets an outcome, logged by ContactId and counted.
 */
public final class CallLogger {

    /** A claim outlives its claimant's invocation by this much, for clock skew between execution environments. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(10);
    /** Claims of callers without a deadline (tools, tests) last this long. */
    private static final Duration MAX_LEASE = Duration.ofMinutes(15);
    /** The callers' search of calls without a lookup gets at most this much, and a quarter of the time left. */
    private static final Duration MAX_LINK_SEARCH = Duration.ofSeconds(5);

    private final CallLogLedger ledger;
    private final Supplier<SalesforceApi> salesforce;
    private final CallResolver resolver;
    private final TaskWriteStep saver;
    private final DeadLetterSender deadLetters;
    private final Parallel parallel;
    private final CallLogSettings settings;
    private final Clock clock;
    private final JsonLog log;
    private final EmfMetrics metrics;
    private final SalesforceGuard guard;
    private final VoiceCallWriteStep voiceCalls;
    private final LedgerClaims ledgerClaims;

    /**
     * @param guard      defers the batch's Salesforce writes while the org's API budget is spent
     * @param console    the Connect instance whose contact pages the recording links open
     * @param voiceCalls where the calls of profiles whose destination is VoiceCall or both go as well
     */
    public CallLogger(
            ProfileReader profiles,
            ContactStateStore states,
            CallLogLedger ledger,
            Supplier<SalesforceApi> salesforce,
            DeadLetterQueue deadLetters,
            ExecutorService executor,
            CallLogSettings settings,
            Clock clock,
            JsonLog log,
            EmfMetrics metrics,
            SalesforceGuard guard,
            ConnectConsole console,
            VoiceCallDestination voiceCalls) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.salesforce = Objects.requireNonNull(salesforce, "salesforce");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.parallel = new Parallel(Objects.requireNonNull(executor, "executor"), settings.stateParallelism());
        this.deadLetters = new DeadLetterSender(
                Objects.requireNonNull(deadLetters, "deadLetters"), clock, settings.outageBackoff(), log);
        this.resolver = new CallResolver(
                Objects.requireNonNull(profiles, "profiles"),
                Objects.requireNonNull(states, "states"),
                parallel,
                settings.outageBackoff(),
                log);
        // One mapper for both destinations, so the Task and the VoiceCall get the same mapped values.
        CallFieldMapper mapper = new CallFieldMapper(Objects.requireNonNull(console, "console"));
        CallerLinker linker = new CallerLinker(clock, log, metrics);
        this.saver = new TaskWriteStep(
                ledger,
                new OwnerResolver(clock, settings.ownerCacheTtl(), log),
                linker,
                this.deadLetters,
                parallel,
                settings,
                new TaskFields(mapper),
                clock,
                log);
        this.ledgerClaims = new LedgerClaims(parallel, settings, log);
        this.voiceCalls = new VoiceCallWriteStep(
                Objects.requireNonNull(voiceCalls, "voiceCalls"),
                this.deadLetters,
                ledgerClaims,
                linker,
                parallel,
                settings,
                clock,
                log,
                metrics,
                mapper);
    }

    /** Logs a batch; one outcome per delivery, in delivery order. */
    public List<CallLogOutcome> log(List<Delivery> deliveries, Deadline deadline) {
        Outcomes outcomes = new Outcomes();
        List<Delivery.Readable> readable = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            switch (delivery) {
                case Delivery.Unreadable unreadable ->
                    outcomes.put(
                            unreadable,
                            deadLetters.post(
                                    unreadable,
                                    null,
                                    DeadLetter.Reason.MALFORMED_RECORD,
                                    unreadable.reason(),
                                    unreadable.reason()));
                case Delivery.Readable read -> readable.add(read);
            }
        }
        List<LoggableCall> calls = resolver.loggable(readable, outcomes);
        if (!calls.isEmpty()) {
            write(calls, deadline, outcomes);
        }
        guard.publishUsage(metrics);
        List<CallLogOutcome> ordered = outcomes.inOrderOf(deliveries);
        for (int i = 0; i < deliveries.size(); i++) {
            report(ordered.get(i), deliveries.get(i) instanceof Delivery.Readable read ? read.contact() : null);
        }
        return ordered;
    }

    /**
     * What the event path checks before asking Connect about a contact: whether its profile logs the channel,
     * and whether the contact is logged or being logged already.
     *
     * @return the final outcome when there is nothing to describe, empty when the contact should be logged
     */
    public Optional<CallLogOutcome> precheck(
            String itemId, String claimant, String contactId, List<String> lookupKeys, String channel) {
        try {
            Profile profile = resolver.profileFor(lookupKeys);
            if (!profile.callLog().logsChannel(channel)) {
                return reported(new CallLogOutcome(
                        itemId,
                        contactId,
                        Result.IGNORED,
                        null,
                        "channel " + channel + " is not logged by profile " + profile.profile(),
                        null));
            }
            LedgerEntry entry = ledger.find(List.of(contactId)).get(contactId);
            Instant now = clock.instant();
            Optional<Instant> blockedUntil = entry == null
                    ? Optional.empty()
                    : entry.createBlockedUntil(settings.inDoubtGrace()).filter(now::isBefore);
            if (blockedUntil.isPresent() && !entry.heldByAnotherAt(claimant, now)) {
                return reported(new CallLogOutcome(
                        itemId,
                        contactId,
                        Result.RETRY,
                        null,
                        "an earlier create may still land in Salesforce",
                        Duration.between(now, blockedUntil.get())));
            }
            boolean ours =
                    entry != null && entry.state() == LedgerState.PENDING && !entry.heldByAnotherAt(claimant, now);
            if (entry == null || ours) {
                return Optional.empty();
            }
            return reported(
                    entry.state() == LedgerState.PENDING
                            ? new CallLogOutcome(
                                    itemId,
                                    contactId,
                                    Result.RETRY,
                                    null,
                                    "claimed by another delivery",
                                    settings.maxBusyWait())
                            : new CallLogOutcome(
                                    itemId,
                                    contactId,
                                    Result.SKIPPED,
                                    null,
                                    "already " + entry.state().name().toLowerCase(Locale.ROOT),
                                    null));
        } catch (RuntimeException e) {
            log.error("cannot check the contact before describing it", Map.of("contactId", contactId), e);
            return reported(new CallLogOutcome(
                    itemId, contactId, Result.RETRY, null, "state unavailable", settings.outageBackoff()));
        }
    }

    /**
     * Each call to its profile's destinations: Tasks as they always were, VoiceCalls through the Telephony
     * Integration API, both when the profile says so. A call the API cannot create (outbound) is a Task whatever the
     * destination. With both, a delivery is done when both are: either one coming back brings the delivery back,
     * and the ledger then skips the one already written.
     */
    private void write(List<LoggableCall> calls, Deadline deadline, Outcomes outcomes) {
        List<LoggableCall> taskCalls = new ArrayList<>();
        List<LoggableCall> voiceCallCalls = new ArrayList<>();
        for (LoggableCall call : calls) {
            boolean apiCreates = VoiceCallRequests.kind(call.contact()) != VoiceCallRequests.Kind.TASK_ONLY;
            CallLogDestination destination = call.config().destinationKind();
            if (destination.writesTask() || !apiCreates) {
                taskCalls.add(call);
            }
            if (destination.writesVoiceCall() && apiCreates) {
                voiceCallCalls.add(call);
            }
        }
        // Callers the call log finds for calls without a lookup answer: found once, for both destinations.
        Map<String, LookupResult> found = new ConcurrentHashMap<>();
        if (voiceCallCalls.isEmpty()) {
            writeTasks(calls, deadline, found, outcomes);
            return;
        }
        Outcomes taskOutcomes = new Outcomes();
        Outcomes voiceCallOutcomes = new Outcomes();
        if (!taskCalls.isEmpty()) {
            writeTasks(taskCalls, deadline, found, taskOutcomes);
        }
        voiceCalls.write(
                voiceCallCalls, salesforce, deadline, leaseUntil(clock.instant(), deadline), found, voiceCallOutcomes);
        for (LoggableCall call : calls) {
            CallLogOutcome task = taskOutcomes.get(call);
            CallLogOutcome voiceCall = voiceCallOutcomes.get(call);
            outcomes.put(call, task == null ? voiceCall : voiceCall == null ? task : both(task, voiceCall));
        }
    }

    /** One delivery's outcome from its Task's and its VoiceCall's: the one that still needs work wins. */
    private static CallLogOutcome both(CallLogOutcome task, CallLogOutcome voiceCall) {
        String detail = "Task: " + (task.detail().isEmpty() ? task.result().name() : task.detail()) + "; VoiceCall: "
                + (voiceCall.detail().isEmpty() ? voiceCall.result().name() : voiceCall.detail());
        Result result;
        if (task.needsRetry() || voiceCall.needsRetry()) {
            Duration after = task.retryAfter().compareTo(voiceCall.retryAfter()) >= 0
                    ? task.retryAfter()
                    : voiceCall.retryAfter();
            return new CallLogOutcome(task.itemId(), task.contactId(), Result.RETRY, null, detail, after);
        } else if (task.result() == Result.DEAD_LETTERED || voiceCall.result() == Result.DEAD_LETTERED) {
            result = Result.DEAD_LETTERED;
        } else {
            result = task.result();
        }
        return new CallLogOutcome(task.itemId(), task.contactId(), result, task.taskId(), detail, Duration.ZERO);
    }

    /** The ledger's word on each call, the claims of the new ones, then Salesforce. */
    private void writeTasks(
            List<LoggableCall> calls, Deadline deadline, Map<String, LookupResult> found, Outcomes outcomes) {
        Optional<Shed> shed = guard.deferral();
        if (shed.isPresent()) {
            // As after REQUEST_LIMIT_EXCEEDED: the calls come back after the limit backoff, nothing is claimed,
            // nothing dead-lettered; the allowance frees up as the day's calls age out.
            log.warn("Salesforce API budget spent; the batch comes back later", Map.of("records", calls.size()));
            calls.forEach(call ->
                    outcomes.put(call, call.retry("deferred: " + shed.get().reason(), settings.limitBackoff())));
            return;
        }
        Map<String, LedgerEntry> entries;
        try {
            entries = ledger.find(calls.stream().map(LoggableCall::contactId).toList());
        } catch (RuntimeException e) {
            log.error(
                    "cannot read the call-log ledger; the batch comes back later", Map.of("records", calls.size()), e);
            calls.forEach(call -> outcomes.put(call, call.retry("ledger unavailable", settings.outageBackoff())));
            return;
        }
        Instant now = clock.instant();
        LedgerClaims.Decisions decisions = ledgerClaims.decide(calls, entries, now, "", outcomes);
        List<PendingWrite> rewrites = new ArrayList<>();
        decisions.updates().forEach((call, entry) -> rewrites.add(new PendingWrite(call, entry, entry.taskId())));
        List<Claim> claims = claim(decisions.creates(), leaseUntil(now, deadline), outcomes);
        SalesforceApi api;
        try {
            api = salesforce.get().withDeadline(deadline);
        } catch (RuntimeException e) {
            log.error("cannot connect to Salesforce; the batch comes back later", Map.of(), e);
            claims.forEach(claim -> outcomes.put(
                    claim.write().call(),
                    claim.write().call().retry("Salesforce unavailable", settings.outageBackoff())));
            rewrites.forEach(
                    w -> outcomes.put(w.call(), w.call().retry("Salesforce unavailable", settings.outageBackoff())));
            return;
        }
        saver.save(api, api.withDeadline(linkSearchDeadline(deadline)), rewrites, claims, found, outcomes);
    }

    /** Claims the contacts to create, all at once; a claim lost to another delivery comes back later. */
    private List<Claim> claim(Map<LoggableCall, LedgerDecision.Create> creates, Instant leaseUntil, Outcomes outcomes) {
        List<Claim> claims = new ArrayList<>();
        ledgerClaims
                .claim(ledger, "Task", creates, leaseUntil, outcomes)
                .forEach((call, entry) -> claims.add(new Claim(PendingWrite.create(call, entry), creates.get(call))));
        return claims;
    }

    /** Until when our claims hold: past our invocation's end, nobody can still be working on them. */
    private static Instant leaseUntil(Instant now, Deadline deadline) {
        Duration remaining = deadline.remaining();
        return now.plus(remaining.compareTo(MAX_LEASE) < 0 ? remaining : MAX_LEASE)
                .plus(LEASE_MARGIN);
    }

    /** A link is worth less than the Task: its search leaves most of the batch's time to the writes. */
    private static Deadline linkSearchDeadline(Deadline deadline) {
        Duration share = deadline.remaining().dividedBy(4);
        return Deadline.after(share.compareTo(MAX_LINK_SEARCH) < 0 ? share : MAX_LINK_SEARCH);
    }

    private Optional<CallLogOutcome> reported(CallLogOutcome outcome) {
        report(outcome, null);
        return Optional.of(outcome);
    }

    /** One log line keyed by ContactId, numbers masked, and one count per result. */
    private void report(CallLogOutcome outcome, ContactRecord contact) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("contactId", outcome.contactId());
        fields.put("itemId", outcome.itemId());
        fields.put("result", outcome.result().name());
        if (outcome.taskId() != null) {
            fields.put("taskId", outcome.taskId());
        }
        if (!outcome.detail().isEmpty()) {
            fields.put("detail", outcome.detail());
        }
        if (contact != null) {
            fields.put("caller", PhoneMasking.mask(contact.customerAddress()));
            fields.put("channel", contact.channel());
            fields.put("source", contact.source().name());
        }
        switch (outcome.result()) {
            case RETRY -> log.warn("call not logged yet; it will be delivered again", fields);
            case DEAD_LETTERED -> log.error("call sent to the dead-letter queue", fields, null);
            default -> log.info("call log " + outcome.result().name().toLowerCase(Locale.ROOT), fields);
        }
        metrics.count("CallLogDeliveries", "Result", outcome.result().name(), null);
    }
}
