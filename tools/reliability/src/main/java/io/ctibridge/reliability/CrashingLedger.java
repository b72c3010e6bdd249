package io.ctibridge.reliability;

import io.ctibridge.core.calllog.CallLogLedger;
import io.ctibridge.core.calllog.LedgerEntry;
import io.ctibridge.core.calllog.RecordVersion;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real ledger, except that recording DONE fails once for each chosen contact: the crash after Salesforce
 * created the Task and before the ledger knew it. The redelivery must find the Task by CallObject, not make another.
 */
final class CrashingLedger implements CallLogLedger {

    private final CallLogLedger real;
    private final Set<String> crashOnce;
    private final Set<String> crashed = ConcurrentHashMap.newKeySet();

    CrashingLedger(CallLogLedger real, Set<String> crashOnce) {
        this.real = real;
        this.crashOnce = Set.copyOf(crashOnce);
    }

    int crashes() {
        return crashed.size();
    }

    @Override
    public Map<String, LedgerEntry> find(Collection<String> contactIds) {
        return real.find(contactIds);
    }

    @Override
    public Optional<LedgerEntry> claim(String contactId, RecordVersion version, String claimant, Instant leaseUntil,
                                       Optional<LedgerEntry> seen) {
        return real.claim(contactId, version, claimant, leaseUntil, seen);
    }

    @Override
    public boolean complete(LedgerEntry current, String taskId, RecordVersion version) {
        if (crashOnce.contains(current.contactId()) && crashed.add(current.contactId())) {
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
