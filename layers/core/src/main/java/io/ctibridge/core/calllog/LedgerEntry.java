package io.ctibridge.core.calllog;

import java.time.Instant;
import java.util.Objects;

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
 */
public record LedgerEntry(String contactId, LedgerState state, RecordVersion version, String taskId,
                          String claimant, long revision, Instant leaseUntil) {

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

    /** Whether a delivery other than {@code claimant} may still be working on this PENDING claim at {@code now}. */
    public boolean heldByAnotherAt(String claimant, Instant now) {
        return state == LedgerState.PENDING && !this.claimant.equals(claimant) && now.isBefore(leaseUntil);
    }
}
