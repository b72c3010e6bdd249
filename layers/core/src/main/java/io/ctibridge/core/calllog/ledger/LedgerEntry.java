package io.ctibridge.core.calllog.ledger;

import io.ctibridge.core.calllog.record.RecordVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One contact's item in the call-log ledger.
 *
 * @param contactId  the ContactId
 * @param state      where it stands
 * @param version    the version of the contact last claimed or written
 * @param taskId     the Task, once {@link LedgerState#DONE}; null before
 * @param claimant   the delivery that claimed it last (a Kinesis record's event id, an event's id)
 * @param revision   incremented by every write; each write is conditional on the revision it saw
 * @param leaseUntil while PENDING, when the claimant's invocation ends at the latest: after it, the claim is
 *                   abandoned and anyone may take it over
 * @param inDoubtSince while PENDING, when a create of the Task failed without an answer (a timeout, a dropped
 *                   connection, a 5xx): Salesforce may still commit it, so nobody creates before a grace period
 *                   from then has passed; null when no such write is outstanding
 * @param analysis     the newest Contact Lens analysis recorded for the contact, applied or waiting for the Task;
 *                     null when none arrived
 */
public record LedgerEntry(
        String contactId,
        LedgerState state,
        RecordVersion version,
        String taskId,
        String claimant,
        long revision,
        Instant leaseUntil,
        Instant inDoubtSince,
        LedgerAnalysis analysis) {

    public LedgerEntry {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        if (state == LedgerState.DONE && taskId == null) {
            throw new IllegalArgumentException("a DONE entry names its Task");
        }
    }

    /** An entry without a Contact Lens analysis. */
    public LedgerEntry(
            String contactId,
            LedgerState state,
            RecordVersion version,
            String taskId,
            String claimant,
            long revision,
            Instant leaseUntil,
            Instant inDoubtSince) {
        this(contactId, state, version, taskId, claimant, revision, leaseUntil, inDoubtSince, null);
    }

    /** An entry with no write in doubt. */
    public LedgerEntry(
            String contactId,
            LedgerState state,
            RecordVersion version,
            String taskId,
            String claimant,
            long revision,
            Instant leaseUntil) {
        this(contactId, state, version, taskId, claimant, revision, leaseUntil, null);
    }

    /**
     * The version a claim by {@code incoming} records over {@code seen}. Taking over an unsettled claim (PENDING),
     * it keeps the claimed version unless {@code incoming} supersedes it: the Task an earlier attempt may have made
     * carries that version or an older one, never a newer, so the in-doubt check that follows rewrites a Task this
     * delivery supersedes instead of trusting it. (Recording {@code incoming} instead once left a Task on an older
     * version: v1 made it and crashed, v2 claimed and failed before looking, v2 again then took the Task for its own.)
     */
    public static RecordVersion versionToClaim(Optional<LedgerEntry> seen, RecordVersion incoming) {
        return seen.filter(entry -> entry.state() == LedgerState.PENDING)
                .map(LedgerEntry::version)
                .filter(incoming::supersedes)
                .orElse(incoming);
    }

    /** The analysis to write with this contact's Task, if one is recorded and not on the Task yet. */
    public Optional<LedgerAnalysis> waitingAnalysis() {
        return Optional.ofNullable(analysis).filter(LedgerAnalysis::waiting);
    }

    /**
     * This entry as if no analysis were waiting: for a completion that records a Task written without it (made by an
     * earlier delivery, or refused), so that the ledger does not mark the analysis applied.
     */
    public LedgerEntry withoutWaitingAnalysis() {
        return waitingAnalysis().isEmpty()
                ? this
                : new LedgerEntry(contactId, state, version, taskId, claimant, revision, leaseUntil, inDoubtSince);
    }

    /**
     * Until when nobody may create this contact's Task: a create whose outcome is unknown may still land until
     * {@code grace} after it failed. Empty when no write is in doubt.
     */
    public Optional<Instant> createBlockedUntil(Duration grace) {
        return state == LedgerState.PENDING && inDoubtSince != null
                ? Optional.of(inDoubtSince.plus(grace))
                : Optional.empty();
    }

    /** Whether a delivery other than {@code claimant} may still be working on this PENDING claim at {@code now}. */
    public boolean heldByAnotherAt(String claimant, Instant now) {
        return state == LedgerState.PENDING && !this.claimant.equals(claimant) && now.isBefore(leaseUntil);
    }
}
