package io.ctibridge.core.calllog;

import io.ctibridge.core.calllog.ledger.AnalysisRecording;
import io.ctibridge.core.calllog.ledger.CallLogLedger;
import io.ctibridge.core.calllog.ledger.LedgerAnalysis;
import io.ctibridge.core.calllog.ledger.LedgerEntry;
import io.ctibridge.core.calllog.ledger.LedgerState;
import io.ctibridge.core.calllog.record.RecordVersion;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The call-log ledger in a map, with the DynamoDB ledger's rules: a claim only over the entry the claimant saw
 * (none, or the same revision), every later write conditional on the revision read, each write a new revision;
 * DONE and REJECTED drop the lease and any doubt, as the DynamoDB ledger's REMOVE does.
 */
final class InMemoryCallLogLedger implements CallLogLedger {

    private final Map<String, LedgerEntry> entries = new HashMap<>();
    /** The analysis side of each contact's item, kept apart as the DynamoDB ledger keeps it out of revisions. */
    private final Map<String, LedgerAnalysis> analyses = new HashMap<>();
    /** When set, every call throws it: the table is unavailable. */
    private volatile RuntimeException failure;

    private boolean failNextComplete;

    void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    /** The next DONE write fails, as a crash between the Task's create and the ledger write leaves it. */
    void failNextComplete() {
        failNextComplete = true;
    }

    synchronized Optional<LedgerEntry> entry(String contactId) {
        return Optional.ofNullable(entries.get(contactId));
    }

    @Override
    public synchronized Map<String, LedgerEntry> find(Collection<String> contactIds) {
        checkAvailable();
        Map<String, LedgerEntry> found = new HashMap<>();
        for (String contactId : contactIds) {
            LedgerEntry entry = entries.get(contactId);
            if (entry != null) {
                found.put(contactId, entry);
            }
        }
        return found;
    }

    @Override
    public synchronized Optional<LedgerEntry> claim(
            String contactId, RecordVersion version, String claimant, Instant leaseUntil, Optional<LedgerEntry> seen) {
        checkAvailable();
        LedgerEntry current = entries.get(contactId);
        boolean unchanged = seen.isEmpty()
                ? current == null
                : current != null && current.revision() == seen.get().revision();
        if (!unchanged) {
            return Optional.empty();
        }
        LedgerEntry claim = new LedgerEntry(
                contactId,
                LedgerState.PENDING,
                LedgerEntry.versionToClaim(seen, version),
                null,
                claimant,
                seen.map(LedgerEntry::revision).orElse(0L) + 1,
                leaseUntil,
                null,
                analyses.get(contactId));
        entries.put(contactId, claim);
        return Optional.of(claim);
    }

    @Override
    public synchronized boolean complete(LedgerEntry current, String taskId, RecordVersion version) {
        if (failNextComplete) {
            failNextComplete = false;
            throw new IllegalStateException("simulated crash before the ledger write");
        }
        boolean done = update(
                current,
                stored -> new LedgerEntry(
                        stored.contactId(),
                        LedgerState.DONE,
                        version,
                        taskId,
                        stored.claimant(),
                        stored.revision() + 1,
                        Instant.EPOCH,
                        null));
        if (done) {
            current.waitingAnalysis().ifPresent(waiting -> markAnalysisApplied(current.contactId(), waiting.key()));
        }
        return done;
    }

    @Override
    public synchronized AnalysisRecording recordAnalysis(String contactId, LedgerAnalysis analysis) {
        checkAvailable();
        LedgerAnalysis held = analyses.get(contactId);
        boolean newest =
                held == null || held.at().isBefore(analysis.at()) || held.key().equals(analysis.key());
        if (newest && (held == null || !held.key().equals(analysis.key()))) {
            analyses.put(contactId, analysis);
        }
        return new AnalysisRecording(newest, analyses.get(contactId), Optional.ofNullable(entries.get(contactId)));
    }

    @Override
    public synchronized boolean markAnalysisApplied(String contactId, String key) {
        checkAvailable();
        LedgerAnalysis held = analyses.get(contactId);
        if (held == null || !held.key().equals(key)) {
            return false;
        }
        analyses.put(contactId, new LedgerAnalysis(held.key(), held.at(), held.insight(), true));
        return true;
    }

    @Override
    public boolean markInDoubt(LedgerEntry current, Instant since) {
        return update(
                current,
                stored -> new LedgerEntry(
                        stored.contactId(),
                        stored.state(),
                        stored.version(),
                        stored.taskId(),
                        stored.claimant(),
                        stored.revision() + 1,
                        stored.leaseUntil(),
                        since));
    }

    @Override
    public boolean reject(LedgerEntry current, String reason) {
        return update(
                current,
                stored -> new LedgerEntry(
                        stored.contactId(),
                        LedgerState.REJECTED,
                        stored.version(),
                        stored.taskId(),
                        stored.claimant(),
                        stored.revision() + 1,
                        Instant.EPOCH,
                        null));
    }

    /** Writes over the stored entry only if it is still at the revision {@code seen} was read at. */
    private synchronized boolean update(LedgerEntry seen, UnaryOperator<LedgerEntry> next) {
        checkAvailable();
        LedgerEntry stored = entries.get(seen.contactId());
        if (stored == null || stored.revision() != seen.revision()) {
            return false;
        }
        entries.put(seen.contactId(), next.apply(stored));
        return true;
    }

    private void checkAvailable() {
        RuntimeException current = failure;
        if (current != null) {
            throw current;
        }
    }
}
