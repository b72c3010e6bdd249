package io.ctibridge.local;

import io.ctibridge.core.calllog.CallLogLedger;
import io.ctibridge.core.calllog.LedgerEntry;
import io.ctibridge.core.calllog.RecordVersion;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The real ledger, except that recording DONE fails for the contacts chosen: the crash after Salesforce created the
 * Task and before the ledger knew it, as a DynamoDB outage or a killed execution environment leaves it. The
 * redelivery must find the Task by CallObject, not make another.
 */
public final class CrashingLedger implements CallLogLedger {

    private final CallLogLedger real;
    private final Predicate<String> crashesFor;
    private final AtomicInteger crashes = new AtomicInteger();

    private CrashingLedger(CallLogLedger real, Predicate<String> crashesFor) {
        this.real = real;
        this.crashesFor = crashesFor;
    }

    /** The next {@code count} DONE writes fail, whatever their contact. */
    public static CrashingLedger onTheNext(CallLogLedger real, int count) {
        AtomicInteger left = new AtomicInteger(count);
        return new CrashingLedger(real, contactId -> left.getAndDecrement() > 0);
    }

    /** The first DONE write of each of {@code contactIds} fails; later ones succeed. */
    public static CrashingLedger onceFor(CallLogLedger real, Set<String> contactIds) {
        Set<String> chosen = Set.copyOf(contactIds);
        Set<String> crashed = ConcurrentHashMap.newKeySet();
        return new CrashingLedger(real, contactId -> chosen.contains(contactId) && crashed.add(contactId));
    }

    /** DONE writes failed so far. */
    public int crashes() {
        return crashes.get();
    }

    @Override
    public Map<String, LedgerEntry> find(Collection<String> contactIds) {
        return real.find(contactIds);
    }

    @Override
    public Optional<LedgerEntry> claim(
            String contactId, RecordVersion version, String claimant, Instant leaseUntil, Optional<LedgerEntry> seen) {
        return real.claim(contactId, version, claimant, leaseUntil, seen);
    }

    @Override
    public boolean complete(LedgerEntry current, String taskId, RecordVersion version) {
        if (crashesFor.test(current.contactId())) {
            crashes.incrementAndGet();
            throw new IllegalStateException("simulated crash after the Task was created, before the ledger write");
        }
        return real.complete(current, taskId, version);
    }

    @Override
    public boolean markInDoubt(LedgerEntry current, Instant since) {
        return real.markInDoubt(current, since);
    }

    @Override
    public boolean reject(LedgerEntry current, String reason) {
        return real.reject(current, reason);
    }
}
