package io.ctibridge.core.calllog;

import io.ctibridge.core.calllog.CallLogOutcome.Result;
import io.ctibridge.core.calllog.deadletter.DeadLetter;
import io.ctibridge.core.calllog.ledger.CallLogLedger;
import io.ctibridge.core.calllog.ledger.LedgerEntry;
import io.ctibridge.core.calllog.ledger.LedgerState;
import io.ctibridge.core.calllog.task.CallObjectQuery;
import io.ctibridge.core.calllog.task.OwnerAssignment;
import io.ctibridge.core.calllog.task.OwnerResolver;
import io.ctibridge.core.calllog.task.RelatedRecords;
import io.ctibridge.core.calllog.task.SalesforceFailures;
import io.ctibridge.core.calllog.task.TaskCollectionsWriter;
import io.ctibridge.core.calllog.task.TaskFields;
import io.ctibridge.core.config.OwnerMapping;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.salesforce.SalesforceException;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Salesforce half of a batch: settles claims taken over in doubt, finds the owners, writes the Tasks in
 * Collections calls, and records each result in the ledger (DONE, REJECTED) or hands it back for a retry.
 */
final class TaskWriteStep {

    private final CallLogLedger ledger;
    private final OwnerResolver owners;
    private final TaskCollectionsWriter writer;
    private final TaskFields mapper;
    private final DeadLetterSender deadLetters;
    private final Parallel parallel;
    private final CallLogSettings settings;
    private final CallerLinker linker;
    private final Clock clock;
    private final JsonLog log;
    private final WaitingAnalysis waitingAnalysis;

    TaskWriteStep(
            CallLogLedger ledger,
            OwnerResolver owners,
            CallerLinker linker,
            DeadLetterSender deadLetters,
            Parallel parallel,
            CallLogSettings settings,
            TaskFields mapper,
            Clock clock,
            JsonLog log) {
        this.ledger = ledger;
        this.mapper = mapper;
        this.owners = owners;
        this.linker = linker;
        this.writer =
                new TaskCollectionsWriter(settings.lockRetryPause(), settings.limitBackoff(), settings.outageBackoff());
        this.deadLetters = deadLetters;
        this.parallel = parallel;
        this.settings = settings;
        this.clock = clock;
        this.log = log;
        this.waitingAnalysis = new WaitingAnalysis(log);
    }

    /**
     * @param search the API for the callers' search, with a deadline of its own so that it cannot hold the Tasks
     * @param found  the callers this batch found already, shared with the VoiceCall step ({@link CallerLinker})
     */
    void save(
            SalesforceApi api,
            SalesforceApi search,
            List<PendingWrite> rewrites,
            List<Claim> claims,
            Map<String, LookupResult> found,
            Outcomes outcomes) {
        List<PendingWrite> writes = new ArrayList<>(rewrites);
        List<Claim> doubts = new ArrayList<>();
        for (Claim claim : claims) {
            if (claim.inDoubt()) {
                doubts.add(claim);
            } else {
                writes.add(claim.write());
            }
        }
        writes.addAll(resolveDoubts(api, doubts, outcomes));
        write(api, linked(search, writes, found), outcomes);
    }

    /** The writes, those without a lookup answer carrying the caller the call log found. */
    private List<PendingWrite> linked(
            SalesforceApi search, List<PendingWrite> writes, Map<String, LookupResult> found) {
        List<LoggableCall> calls =
                linker.link(search, writes.stream().map(PendingWrite::call).toList(), found);
        List<PendingWrite> linked = new ArrayList<>(writes.size());
        for (int i = 0; i < writes.size(); i++) {
            PendingWrite write = writes.get(i);
            linked.add(calls.get(i) == write.call() ? write : write.withCall(calls.get(i)));
        }
        return linked;
    }

    /**
     * Asks Salesforce whether the failed delivery behind each claim taken over made its Task: found, it is
     * rewritten when this version supersedes the failed one's, else only recorded; not found, it is created.
     */
    private List<PendingWrite> resolveDoubts(SalesforceApi api, List<Claim> doubts, Outcomes outcomes) {
        List<PendingWrite> writes = new ArrayList<>();
        List<Claim> madeEarlier = new ArrayList<>();
        Map<String, String> existingByContact = new LinkedHashMap<>();
        doubts.stream()
                .collect(Collectors.groupingBy(
                        claim -> claim.write().call().config().object()))
                .forEach((object, claims) -> {
                    try {
                        existingByContact.putAll(CallObjectQuery.byContactId(
                                api,
                                object,
                                claims.stream()
                                        .map(claim -> claim.write().call().contactId())
                                        .toList()));
                    } catch (SalesforceException e) {
                        // Never create while in doubt: that is how duplicates are made.
                        claims.forEach(claim -> outcomes.put(
                                claim.write().call(),
                                claim.write()
                                        .call()
                                        .retry(
                                                "cannot check for an earlier Task: " + SalesforceFailures.describe(e),
                                                backoff(e))));
                        return;
                    }
                    for (Claim claim : claims) {
                        String taskId =
                                existingByContact.get(claim.write().call().contactId());
                        if (taskId == null) {
                            writes.add(claim.write());
                        } else if (claim.write().call().contact().version().supersedes(claim.earlierVersion())) {
                            writes.add(claim.write().rewriting(taskId));
                        } else {
                            madeEarlier.add(claim);
                        }
                    }
                });
        List<Parallel.Attempt<Boolean>> recorded = parallel.map(madeEarlier, claim -> {
            String taskId = existingByContact.get(claim.write().call().contactId());
            // The earlier delivery's Task may lack the waiting analysis: it stays waiting for the analysis' own pass.
            return ledger.complete(claim.write().entry().withoutWaitingAnalysis(), taskId, claim.earlierVersion());
        });
        for (int i = 0; i < madeEarlier.size(); i++) {
            LoggableCall call = madeEarlier.get(i).write().call();
            outcomes.put(
                    call,
                    recorded.get(i).succeeded()
                            ? call.outcome(
                                    Result.SKIPPED,
                                    "Task " + existingByContact.get(call.contactId())
                                            + " was created by an earlier delivery")
                            : call.retry("ledger unavailable", settings.outageBackoff()));
        }
        return writes;
    }

    /** Owners, one Collections call per 200 Tasks, then the ledger. */
    private void write(SalesforceApi api, List<PendingWrite> writes, Outcomes outcomes) {
        if (writes.isEmpty()) {
            return;
        }
        Map<OwnerMapping, OwnerAssignment> assignments;
        try {
            assignments = owners(api, writes);
        } catch (SalesforceException e) {
            writes.forEach(w -> outcomes.put(
                    w.call(), w.call().retry("cannot look up owners: " + SalesforceFailures.describe(e), backoff(e))));
            return;
        }
        Map<PendingWrite, TaskCollectionsWriter.Result> results = writer.write(
                api,
                writes.stream()
                        .map(w -> new TaskCollectionsWriter.Write<>(
                                w, record(w, assignments.get(w.call().config().ownerMapping()))))
                        .toList());
        List<Parallel.Attempt<CallLogOutcome>> finished = parallel.map(writes, w -> finish(w, results.get(w)));
        for (int i = 0; i < writes.size(); i++) {
            PendingWrite w = writes.get(i);
            outcomes.put(
                    w.call(),
                    finished.get(i).succeeded()
                            ? finished.get(i).value()
                            : w.call().retry("ledger unavailable", settings.outageBackoff()));
        }
    }

    /** One owner query per owner mapping in the batch (usually one), for the agents not cached yet. */
    private Map<OwnerMapping, OwnerAssignment> owners(SalesforceApi api, List<PendingWrite> writes) {
        Map<OwnerMapping, OwnerAssignment> assignments = new LinkedHashMap<>();
        writes.stream()
                .collect(Collectors.groupingBy(
                        w -> w.call().config().ownerMapping(),
                        LinkedHashMap::new,
                        Collectors.mapping(w -> w.call().contact().agentUsername(), Collectors.toSet())))
                .forEach((mapping, agents) -> {
                    agents.remove(null); // calls no agent took
                    assignments.put(mapping, owners.resolve(mapping, agents, api));
                });
        return assignments;
    }

    private SObject record(PendingWrite write, OwnerAssignment owners) {
        LoggableCall call = write.call();
        RelatedRecords related = RelatedRecords.of(call.lookup(), call.relatedRecordId());
        Optional<String> owner = owners.ownerOf(call.contact().agentUsername());
        SObject record = write.create()
                ? mapper.forCreate(call.config(), call.contact(), related, owner)
                : mapper.forUpdate(call.config(), write.taskId(), call.contact(), related, owner);
        Map<String, Object> analysis = analysisFields(write);
        if (analysis.isEmpty()) {
            return record;
        }
        // A Contact Lens analysis that arrived first rides along: no extra request, and complete() marks it applied.
        Map<String, Object> fields = new LinkedHashMap<>(record.fields());
        analysis.forEach(fields::putIfAbsent);
        return SObject.of(record.type(), fields);
    }

    /** The waiting analysis' fields for this write, empty when none waits or the profile does not apply analyses. */
    private Map<String, Object> analysisFields(PendingWrite write) {
        return waitingAnalysis.fields(write.call(), write.entry());
    }

    /** The entry to complete from: it names a waiting analysis only when this write carried it. */
    private LedgerEntry completing(PendingWrite write) {
        return WaitingAnalysis.completing(write.entry(), analysisFields(write));
    }

    /** Records what Salesforce did with one Task: DONE in the ledger, dead-lettered, or back for a retry. */
    private CallLogOutcome finish(PendingWrite write, TaskCollectionsWriter.Result result) {
        LoggableCall call = write.call();
        return switch (result) {
            case TaskCollectionsWriter.Result.Saved saved -> {
                if (!ledger.complete(
                        completing(write), saved.id(), call.contact().version())) {
                    // Another delivery took the claim over meanwhile; it will find this Task by its CallObject.
                    log.warn(
                            "the ledger entry changed while the Task was written",
                            Map.of("contactId", call.contactId()));
                }
                yield CallLogOutcome.written(
                        call.delivery(),
                        call.contactId(),
                        write.create() ? Result.CREATED : Result.UPDATED,
                        saved.id());
            }
            case TaskCollectionsWriter.Result.Transient failed -> call.retry(failed.code(), Duration.ZERO);
            case TaskCollectionsWriter.Result.Deferred deferred -> call.retry(deferred.code(), deferred.retryAfter());
            case TaskCollectionsWriter.Result.InDoubt doubt -> inDoubt(write, doubt);
            case TaskCollectionsWriter.Result.Rejected rejected -> {
                CallLogOutcome outcome = deadLetters.post(
                        call.delivery(),
                        call.contactId(),
                        DeadLetter.Reason.SALESFORCE_REJECTED,
                        rejected.message(),
                        rejected.code());
                if (outcome.result() == Result.DEAD_LETTERED && write.entry().state() == LedgerState.PENDING) {
                    settleRefused(write, rejected);
                }
                yield outcome;
            }
        };
    }

    /**
     * A create that may still land: the claim is marked in doubt, so that no delivery, this one included, creates
     * again before the grace has passed and the CallObject check can see the late Task. A rewrite in doubt is
     * simply tried again: writing the same version twice does no harm.
     */
    private CallLogOutcome inDoubt(PendingWrite write, TaskCollectionsWriter.Result.InDoubt doubt) {
        LoggableCall call = write.call();
        if (!write.create()) {
            return call.retry(doubt.code(), settings.outageBackoff());
        }
        if (!ledger.markInDoubt(write.entry(), clock.instant())) {
            // Another delivery took the claim over meanwhile; it checks CallObject before creating.
            log.warn("the ledger entry changed while the Task was in doubt", Map.of("contactId", call.contactId()));
        }
        return call.retry(doubt.code() + "; the create may still land", settings.inDoubtGrace());
    }

    /** Our claim ends: no Task (a refused create), or the Task as it stands (a refused rewrite). */
    private void settleRefused(PendingWrite write, TaskCollectionsWriter.Result.Rejected rejected) {
        LoggableCall call = write.call();
        boolean settled = write.create()
                ? ledger.reject(write.entry(), rejected.code())
                : ledger.complete(
                        write.entry().withoutWaitingAnalysis(),
                        write.taskId(),
                        call.contact().version());
        if (!settled) {
            log.warn("the ledger entry changed while the Task was refused", Map.of("contactId", call.contactId()));
        }
    }

    private Duration backoff(SalesforceException failure) {
        return SalesforceFailures.backoff(failure, settings.limitBackoff(), settings.outageBackoff());
    }
}
