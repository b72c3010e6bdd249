package io.ctibridge.core.calllog;

import io.ctibridge.core.calllog.CallLogOutcome.Result;
import io.ctibridge.core.calllog.deadletter.DeadLetter;
import io.ctibridge.core.calllog.fields.CallFieldMapper;
import io.ctibridge.core.calllog.fields.MappedFields;
import io.ctibridge.core.calllog.ledger.CallLogLedger;
import io.ctibridge.core.calllog.ledger.LedgerDecision;
import io.ctibridge.core.calllog.ledger.LedgerEntry;
import io.ctibridge.core.calllog.ledger.LedgerState;
import io.ctibridge.core.calllog.task.SalesforceFailures;
import io.ctibridge.core.calllog.voicecall.VendorCallKeyQuery;
import io.ctibridge.core.calllog.voicecall.VoiceCallRequests;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.salesforce.SalesforceException;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.salesforce.api.SaveError;
import io.ctibridge.core.salesforce.api.SaveResult;
import io.ctibridge.core.salesforce.telephony.TelephonyApi;
import io.ctibridge.core.salesforce.telephony.TelephonyOutcome;
import io.ctibridge.core.time.Deadline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The VoiceCall destination of a batch, under the same ledger rules as the Task's: per contact, the ledger's word
 * (create, re-close from a later version, skip, wait), a claim before any create, a look by VendorCallKey before
 * creating again where an earlier create may have landed, then per call {@code POST /voiceCalls} (inbound or
 * transfer) and the closing {@code PATCH}. Each step is recorded: the VoiceCall's Id as soon as the POST answers
 * (so no delivery ever POSTs it again), DONE at version V once the PATCH is accepted. A refusal that will not heal
 * goes to the dead-letter queue; anything else comes back as RETRY.
 */
final class VoiceCallWriteStep {

    private final CallLogLedger ledger;
    private final Supplier<TelephonyApi> telephony;
    private final DeadLetterSender deadLetters;
    private final Parallel parallel;
    private final CallLogSettings settings;
    private final Clock clock;
    private final JsonLog log;
    private final EmfMetrics metrics;
    private final CallFieldMapper mapper;
    private final LedgerClaims claims;
    private final CallerLinker linker;
    private final WaitingAnalysis waitingAnalysis;

    /** One call to write: its claim or entry, and the VoiceCall's Id once it exists (null before the POST). */
    private record Job(LoggableCall call, LedgerEntry entry, String voiceCallId, boolean create) {}

    VoiceCallWriteStep(
            VoiceCallDestination destination,
            DeadLetterSender deadLetters,
            LedgerClaims claims,
            CallerLinker linker,
            Parallel parallel,
            CallLogSettings settings,
            Clock clock,
            JsonLog log,
            EmfMetrics metrics,
            CallFieldMapper mapper) {
        this.ledger = destination.ledger();
        this.telephony = destination.telephony();
        this.deadLetters = deadLetters;
        this.parallel = parallel;
        this.settings = settings;
        this.clock = clock;
        this.log = log;
        this.metrics = metrics;
        this.mapper = mapper;
        this.claims = claims;
        this.linker = linker;
        this.waitingAnalysis = new WaitingAnalysis(log);
    }

    void write(
            List<LoggableCall> calls,
            Supplier<SalesforceApi> salesforce,
            Deadline deadline,
            Instant leaseUntil,
            Map<String, LookupResult> found,
            Outcomes outcomes) {
        TelephonyApi api;
        try {
            api = telephony.get();
        } catch (RuntimeException e) {
            log.error("cannot reach the Telephony Integration API; the batch comes back later", Map.of(), e);
            calls.forEach(call -> outcomes.put(
                    call, call.retry("Telephony API unavailable: " + e.getMessage(), settings.outageBackoff())));
            return;
        }
        Map<String, LedgerEntry> entries;
        try {
            entries = ledger.find(contactsAndParents(calls));
        } catch (RuntimeException e) {
            log.error("cannot read the call-log ledger for VoiceCalls", Map.of("records", calls.size()), e);
            calls.forEach(call -> outcomes.put(call, call.retry("ledger unavailable", settings.outageBackoff())));
            return;
        }
        LedgerClaims.Decisions decisions = claims.decide(calls, entries, clock.instant(), "VoiceCall ", outcomes);
        List<Job> jobs = new ArrayList<>();
        decisions.updates().forEach((call, entry) -> jobs.add(new Job(call, entry, entry.taskId(), false)));
        Map<LoggableCall, LedgerDecision.Create> creates = decisions.creates();
        List<Job> doubts = new ArrayList<>();
        for (Job claimed : claim(creates, leaseUntil, outcomes)) {
            // A claim taken over whose POST may have landed: look before posting again (a known Id needs no look).
            boolean inDoubt = creates.get(claimed.call()).inDoubt() && claimed.voiceCallId() == null;
            (inDoubt ? doubts : jobs).add(claimed);
        }
        jobs.addAll(resolveDoubts(salesforce, deadline, doubts, outcomes));
        List<Written> closed = new ArrayList<>();
        Map<String, String> madeHere = new ConcurrentHashMap<>();
        // A transfer waits for the leg it came from when that leg is in the batch too: its POST names the parent.
        List<Job> pending = jobs;
        while (!pending.isEmpty()) {
            Set<String> unwritten = new LinkedHashSet<>();
            pending.forEach(job -> unwritten.add(job.call().contactId()));
            List<Job> wave = pending.stream()
                    .filter(job -> !unwritten.contains(parentContact(job.call())))
                    .toList();
            if (wave.isEmpty()) {
                wave = pending; // a chain that loops on itself: nothing to wait for
            }
            List<Parallel.Attempt<Written>> written =
                    parallel.map(wave, job -> run(api, job, entries, madeHere, deadline));
            for (int i = 0; i < wave.size(); i++) {
                LoggableCall call = wave.get(i).call();
                if (written.get(i).succeeded()) {
                    Written w = written.get(i).value();
                    if (w.closing() != null) {
                        closed.add(w); // its outcome once its caller link is settled
                    } else {
                        outcomes.put(call, w.outcome());
                    }
                    if (w.voiceCallId() != null) {
                        madeHere.put(call.contactId(), w.voiceCallId());
                    }
                } else {
                    log.error(
                            "cannot write the VoiceCall",
                            Map.of("contactId", call.contactId()),
                            written.get(i).failure());
                    outcomes.put(call, call.retry("ledger unavailable", settings.outageBackoff()));
                }
            }
            List<Job> done = wave;
            List<Job> next = new ArrayList<>();
            for (Job job : pending) {
                if (done.contains(job)) {
                    continue;
                }
                String parent = parentContact(job.call());
                if (parent != null && !madeHere.containsKey(parent) && unwritten.contains(parent)) {
                    boolean parentFailed =
                            done.stream().anyMatch(d -> d.call().contactId().equals(parent));
                    if (parentFailed) {
                        outcomes.put(
                                job.call(),
                                job.call()
                                        .retry(
                                                "waiting for the VoiceCall it was transferred from",
                                                settings.outageBackoff()));
                        continue;
                    }
                }
                next.add(job);
            }
            pending = next;
        }
        Set<String> linkLater = linkRelatedRecords(
                salesforce, deadline, closed.stream().filter(Written::create).toList(), found);
        List<Parallel.Attempt<CallLogOutcome>> finished = parallel.map(
                closed,
                w -> linkLater.contains(w.call().contactId())
                        ? w.call()
                                .retry(
                                        "VoiceCall " + w.voiceCallId()
                                                + " is closed; its link to the caller's record comes back",
                                        settings.outageBackoff())
                        : done(w));
        for (int i = 0; i < closed.size(); i++) {
            LoggableCall call = closed.get(i).call();
            outcomes.put(
                    call,
                    finished.get(i).succeeded()
                            ? finished.get(i).value()
                            : call.retry("ledger unavailable", settings.outageBackoff()));
        }
    }

    /**
     * What became of one job. {@code closing}: the PATCH was
     * accepted and the entry waits to be recorded DONE (with {@code outcome} null) until the VoiceCall's link to the
     * caller is settled, so that a link that failed for a passing reason comes back with its delivery.
     */
    private record Written(
            LoggableCall call, CallLogOutcome outcome, String voiceCallId, LedgerEntry closing, boolean create) {

        Written(LoggableCall call, CallLogOutcome outcome, String voiceCallId) {
            this(call, outcome, voiceCallId, null, false);
        }
    }

    /** Records a closed VoiceCall DONE at this version. */
    private CallLogOutcome done(Written w) {
        LoggableCall call = w.call();
        if (!ledger.complete(w.closing(), w.voiceCallId(), call.contact().version())) {
            log.warn("the ledger entry changed while the VoiceCall was closed", Map.of("contactId", call.contactId()));
        }
        return new CallLogOutcome(
                call.delivery().itemId(),
                call.contactId(),
                w.create() ? Result.CREATED : Result.UPDATED,
                w.voiceCallId(),
                "VoiceCall " + w.voiceCallId(),
                Duration.ZERO);
    }

    private Set<String> contactsAndParents(List<LoggableCall> calls) {
        Set<String> ids = new LinkedHashSet<>();
        for (LoggableCall call : calls) {
            ids.add(call.contactId());
            if (VoiceCallRequests.kind(call.contact()) == VoiceCallRequests.Kind.TRANSFER) {
                ids.add(call.contact().previousContactId());
            }
        }
        return ids;
    }

    private List<Job> claim(Map<LoggableCall, LedgerDecision.Create> creates, Instant leaseUntil, Outcomes outcomes) {
        List<Job> claimed = new ArrayList<>();
        claims.claim(ledger, "VoiceCall", creates, leaseUntil, outcomes)
                .forEach((call, claim) -> claimed.add(new Job(call, claim, claim.taskId(), true)));
        return claimed;
    }

    /** Asks Salesforce, by VendorCallKey, whether an earlier POST made the call: found, it is only closed. */
    private List<Job> resolveDoubts(
            Supplier<SalesforceApi> salesforce, Deadline deadline, List<Job> doubts, Outcomes outcomes) {
        if (doubts.isEmpty()) {
            return List.of();
        }
        Map<String, String> existing;
        try {
            existing = VendorCallKeyQuery.byContactId(
                    salesforce.get().withDeadline(deadline),
                    doubts.stream().map(job -> job.call().contactId()).toList());
        } catch (SalesforceException e) {
            // Never POST while in doubt: that is how duplicates are made.
            doubts.forEach(job -> outcomes.put(
                    job.call(),
                    job.call()
                            .retry(
                                    "cannot check for an earlier VoiceCall: " + SalesforceFailures.describe(e),
                                    SalesforceFailures.backoff(e, settings.limitBackoff(), settings.outageBackoff()))));
            return List.of();
        } catch (RuntimeException e) {
            log.error("cannot connect to Salesforce to check for earlier VoiceCalls", Map.of(), e);
            doubts.forEach(job ->
                    outcomes.put(job.call(), job.call().retry("Salesforce unavailable", settings.outageBackoff())));
            return List.of();
        }
        List<Job> jobs = new ArrayList<>();
        for (Job job : doubts) {
            String id = existing.get(job.call().contactId());
            if (id == null) {
                jobs.add(job);
            } else if (ledger.recordMade(job.entry(), id)) {
                jobs.add(new Job(job.call(), made(job.entry(), id), id, true));
            } else {
                outcomes.put(job.call(), job.call().retry("claimed by another delivery", settings.maxBusyWait()));
            }
        }
        return jobs;
    }

    /** POST when the call is not made yet (its Id recorded at once), then the closing PATCH. */
    private Written run(
            TelephonyApi api,
            Job job,
            Map<String, LedgerEntry> entries,
            Map<String, String> madeHere,
            Deadline deadline) {
        LoggableCall call = job.call();
        MappedFields mapped = mapper.map(call.config().fieldMappings(), call.contact());
        Map<String, Object> analysis = waitingAnalysis.fields(call, job.entry());
        LedgerEntry entry = job.entry();
        String id = job.voiceCallId();
        if (id == null) {
            TelephonyOutcome answer = api.createVoiceCall(
                    VoiceCallRequests.create(
                            call.contact(), call.config().voiceCall(), mapped, parent(call, entries, madeHere)),
                    deadline);
            metrics.count("VoiceCallRequests", "Request", "POST", null);
            if (!(answer instanceof TelephonyOutcome.Created created)) {
                return new Written(call, createFailed(job, answer), null);
            }
            if (!created.errors().isBlank()) {
                // The API made the call all the same; its errors are a trigger's or a field's, for the operator.
                log.warn(
                        "the VoiceCall was made with errors",
                        Map.of(
                                "contactId",
                                call.contactId(),
                                "voiceCallId",
                                created.voiceCallId(),
                                "errors",
                                created.errors()));
            }
            id = created.voiceCallId();
            if (!ledger.recordMade(entry, id)) {
                // Another delivery took the claim over; it finds this call by VendorCallKey before posting.
                log.warn(
                        "the ledger entry changed while the VoiceCall was made", Map.of("contactId", call.contactId()));
                return new Written(call, call.retry("claimed by another delivery", settings.maxBusyWait()), id);
            }
            entry = made(entry, id);
        }
        TelephonyOutcome closed = api.updateVoiceCall(
                id, VoiceCallRequests.close(call.contact(), call.config().voiceCall(), mapped, analysis), deadline);
        metrics.count("VoiceCallRequests", "Request", "PATCH", null);
        LedgerEntry completing = WaitingAnalysis.completing(entry, analysis);
        if (closed instanceof TelephonyOutcome.Accepted) {
            return new Written(call, null, id, completing, job.create());
        }
        return new Written(call, closeAnswered(job, completing, id, closed), id);
    }

    private CallLogOutcome createFailed(Job job, TelephonyOutcome answer) {
        LoggableCall call = job.call();
        return switch (answer) {
            case TelephonyOutcome.Rejected rejected -> {
                CallLogOutcome outcome = refused(call, "POST /voiceCalls", rejected);
                if (outcome.result() == Result.DEAD_LETTERED
                        && !ledger.reject(job.entry(), "HTTP " + rejected.status())) {
                    log.warn(
                            "the ledger entry changed while the VoiceCall was refused",
                            Map.of("contactId", call.contactId()));
                }
                yield outcome;
            }
            case TelephonyOutcome.ServerError _, TelephonyOutcome.InDoubt _ -> {
                // The POST may still land: nobody posts again before the grace, and then only after a look.
                if (!ledger.markInDoubt(job.entry(), clock.instant())) {
                    log.warn(
                            "the ledger entry changed while the VoiceCall was in doubt",
                            Map.of("contactId", call.contactId()));
                }
                yield call.retry(describe(answer) + "; the create may still land", settings.inDoubtGrace());
            }
            default -> retry(call, answer);
        };
    }

    /** A close the API did not accept. @param entry the entry to complete when the refusal is for good */
    private CallLogOutcome closeAnswered(Job job, LedgerEntry entry, String id, TelephonyOutcome answer) {
        LoggableCall call = job.call();
        return switch (answer) {
            case TelephonyOutcome.Rejected rejected -> {
                CallLogOutcome outcome = refused(call, "PATCH /voiceCalls/" + id, rejected);
                // The call exists: it is recorded at this version so that a redelivery neither posts nor loops.
                if (outcome.result() == Result.DEAD_LETTERED
                        && !ledger.complete(
                                entry.withoutWaitingAnalysis(),
                                id,
                                call.contact().version())) {
                    log.warn(
                            "the ledger entry changed while the VoiceCall's close was refused",
                            Map.of("contactId", call.contactId()));
                }
                yield outcome;
            }
            // A PATCH overwrites: sending it again later does no harm, and the ledger holds the Id already.
            default -> retry(call, answer);
        };
    }

    /** A request the API refused for good: to the dead-letter queue with the API's answer. */
    private CallLogOutcome refused(LoggableCall call, String request, TelephonyOutcome.Rejected rejected) {
        return deadLetters.post(
                call.delivery(),
                call.contactId(),
                DeadLetter.Reason.VOICE_CALL_REJECTED,
                request + " answered HTTP " + rejected.status() + ": " + shortened(rejected.body()),
                "HTTP " + rejected.status());
    }

    private CallLogOutcome retry(LoggableCall call, TelephonyOutcome answer) {
        Duration after = switch (answer) {
            case TelephonyOutcome.RateLimited _, TelephonyOutcome.Unauthorized _ -> settings.limitBackoff();
            case TelephonyOutcome.NotSent _ -> Duration.ZERO;
            default -> settings.outageBackoff();
        };
        return call.retry(describe(answer), after);
    }

    private static String describe(TelephonyOutcome answer) {
        return switch (answer) {
            case TelephonyOutcome.Unauthorized u ->
                "Telephony API refused the token (HTTP " + u.status()
                        + "): check the telephony secret and the contact center's certificate";
            case TelephonyOutcome.RateLimited _ -> "Telephony API limit reached (HTTP 429)";
            case TelephonyOutcome.ServerError e -> "Telephony API failed (HTTP " + e.status() + ")";
            case TelephonyOutcome.InDoubt d -> "no answer from the Telephony API: " + d.reason();
            case TelephonyOutcome.NotSent n -> n.reason();
            case TelephonyOutcome.Rejected r -> "Telephony API refused the request (HTTP " + r.status() + ")";
            case TelephonyOutcome.Created c -> "VoiceCall " + c.voiceCallId();
            case TelephonyOutcome.Accepted a -> "accepted: " + a.status();
        };
    }

    /**
     * The parent's VoiceCall Id when this batch made it or the ledger knows it, else its vendorCallKey (the API takes
     * either as {id}; whether parentVoiceCallId does too is not documented).
     */
    private static String parent(LoggableCall call, Map<String, LedgerEntry> entries, Map<String, String> madeHere) {
        String previous = parentContact(call);
        if (previous == null) {
            return null;
        }
        if (madeHere.containsKey(previous)) {
            return madeHere.get(previous);
        }
        LedgerEntry parent = entries.get(previous);
        return parent != null && parent.taskId() != null ? parent.taskId() : previous;
    }

    /** The ContactId a transfer came from; null for any other call. */
    private static String parentContact(LoggableCall call) {
        return VoiceCallRequests.kind(call.contact()) == VoiceCallRequests.Kind.TRANSFER
                ? call.contact().previousContactId()
                : null;
    }

    /**
     * RelatedRecordId is not in the Telephony Integration API: the caller lookup's match (or, for a call without a
     * lookup answer, the caller the call log finds, as for a Task) goes on the VoiceCalls this batch made through the
     * REST API, in Collections calls.
     *
     * @return the contacts whose link failed for a passing reason (Salesforce unreachable, a lock): their deliveries
     *     come back, re-close the VoiceCall (a PATCH overwrites) and link it. A link Salesforce refuses for good, or a
     *     caller search that failed, leaves the call logged unlinked, as for a Task.
     */
    private Set<String> linkRelatedRecords(
            Supplier<SalesforceApi> salesforce,
            Deadline deadline,
            List<Written> closed,
            Map<String, LookupResult> found) {
        List<Written> wanted = closed.stream()
                .filter(w -> w.call().config().voiceCall().linkRelatedRecord())
                .toList();
        if (wanted.isEmpty()) {
            return Set.of();
        }
        SalesforceApi api;
        List<LoggableCall> linked;
        try {
            api = salesforce.get().withDeadline(deadline);
            linked = linker.link(api, wanted.stream().map(Written::call).toList(), found);
        } catch (RuntimeException e) {
            return linkFailed(wanted.stream().map(w -> w.call().contactId()).toList(), e);
        }
        List<SObject> links = new ArrayList<>();
        List<String> linkedContacts = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            String voiceCallId = wanted.get(i).voiceCallId();
            String contactId = wanted.get(i).call().contactId();
            linked.get(i)
                    .lookup()
                    .filter(result -> result.status().foundRecords())
                    .flatMap(LookupResult::best)
                    .map(CallerMatch::id)
                    .ifPresent(recordId -> {
                        Map<String, Object> fields = new LinkedHashMap<>();
                        fields.put("Id", voiceCallId);
                        fields.put("RelatedRecordId", recordId);
                        links.add(SObject.of("VoiceCall", fields));
                        linkedContacts.add(contactId);
                    });
        }
        Set<String> later = new LinkedHashSet<>();
        for (int from = 0; from < links.size(); from += SalesforceApi.MAX_COLLECTION_SIZE) {
            int to = Math.min(links.size(), from + SalesforceApi.MAX_COLLECTION_SIZE);
            List<SaveResult> results;
            try {
                results = api.updateCollection(links.subList(from, to));
            } catch (RuntimeException e) {
                later.addAll(linkFailed(linkedContacts.subList(from, to), e));
                continue;
            }
            List<String> refused = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                SaveResult result = results.get(i);
                if (result.success()) {
                    continue;
                }
                if (result.retryable()) {
                    later.add(linkedContacts.get(from + i));
                }
                result.errors().stream().map(SaveError::statusCode).findFirst().ifPresent(refused::add);
            }
            if (!refused.isEmpty()) {
                log.warn(
                        "some VoiceCalls were not linked to the caller's record",
                        Map.of(
                                "failed",
                                refused.size(),
                                "codes",
                                String.join(",", new LinkedHashSet<>(refused)),
                                "retried",
                                later.size()));
                metrics.count("VoiceCallLinksFailed", "Result", "REFUSED", null);
            }
        }
        return later;
    }

    private Set<String> linkFailed(List<String> contactIds, RuntimeException e) {
        log.warn(
                "cannot link VoiceCalls to the callers' records; their deliveries come back",
                Map.of("records", contactIds.size(), "error", e.getClass().getSimpleName()));
        metrics.count("VoiceCallLinksFailed", "Result", "FAILED", null);
        return new LinkedHashSet<>(contactIds);
    }

    /** The entry as {@link CallLogLedger#recordMade} left it: the Id recorded, nothing in doubt, the analysis kept. */
    private static LedgerEntry made(LedgerEntry entry, String id) {
        return new LedgerEntry(
                entry.contactId(),
                LedgerState.PENDING,
                entry.version(),
                id,
                entry.claimant(),
                entry.revision() + 1,
                entry.leaseUntil(),
                null,
                entry.analysis());
    }

    private static String shortened(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
