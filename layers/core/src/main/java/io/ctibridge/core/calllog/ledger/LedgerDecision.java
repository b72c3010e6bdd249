package io.ctibridge.core.calllog.ledger;

import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.RecordVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What to do with a delivered contact, given its ledger entry. Pure: the ledger's states and the record
 * versions decide everything.
 */
public sealed interface LedgerDecision {

    /** Claim the contact (conditional on {@code seen}) and create its Task. */
    record Create(Optional<LedgerEntry> seen) implements LedgerDecision {
        /** An earlier claim may have created the Task before it failed: look for it before creating one. */
        public boolean inDoubt() {
            return seen.map(entry -> entry.state() == LedgerState.PENDING).orElse(false);
        }
    }

    /** Rewrite the Task from this later version. */
    record Update(LedgerEntry entry) implements LedgerDecision {}

    /** Nothing to do. */
    record Skip(String reason) implements LedgerDecision {}

    /**
     * Another delivery holds the contact, or an earlier create may still land in Salesforce: come back after
     * {@code retryAfter}.
     */
    record Wait(String reason, Duration retryAfter) implements LedgerDecision {}

    public static LedgerDecision decide(
            ContactRecord contact,
            String claimant,
            Optional<LedgerEntry> entry,
            Instant now,
            Duration maxWait,
            Duration inDoubtGrace) {
        Objects.requireNonNull(contact, "contact");
        if (entry.isEmpty()) {
            return new Create(Optional.empty());
        }
        LedgerEntry current = entry.get();
        RecordVersion incoming = contact.version();
        return switch (current.state()) {
            case DONE ->
                incoming.supersedes(current.version())
                        ? new Update(current)
                        : new Skip("already logged from the record of "
                                + current.version().lastUpdate());
            case REJECTED ->
                incoming.isNewerThan(current.version())
                        ? new Create(entry)
                        : new Skip("already sent to the dead-letter queue");
            case PENDING ->
                current.heldByAnotherAt(claimant, now)
                        ? new Wait(
                                "claimed by another delivery",
                                shorter(Duration.between(now, current.leaseUntil()), maxWait))
                        : afterAnyDoubt(current, now, inDoubtGrace, new Create(entry));
        };
    }

    /**
     * Holds a create back, even for the delivery that made the doubtful write, until Salesforce has had
     * {@code grace} to commit it: the CallObject check only sees a write that has landed.
     */
    private static LedgerDecision afterAnyDoubt(LedgerEntry current, Instant now, Duration grace, Create create) {
        return current.createBlockedUntil(grace)
                .filter(now::isBefore)
                .<LedgerDecision>map(until ->
                        new Wait("an earlier create may still land in Salesforce", Duration.between(now, until)))
                .orElse(create);
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
