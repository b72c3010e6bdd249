package io.ctibridge.calllog;

import io.ctibridge.core.calllog.CallLogLedger;
import io.ctibridge.core.calllog.LedgerEntry;
import io.ctibridge.core.calllog.RecordVersion;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real ledger, except that the next {@code n} DONE writes fail as a DynamoDB outage would: the crash between
 * "Salesforce created the Task" and "the ledger knows it".
 */
final class FailingLedger implements CallLogLedger {

    private final CallLogLedger real;
    private final AtomicInteger completionsToFail;

    FailingLedger(CallLogLedger real, int completionsToFail) {
        this.real = real;
        this.completionsToFail = new AtomicInteger(completionsToFail);
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
        if (completionsToFail.getAndDecrement() > 0) {
            throw new IllegalStateException("simulated DynamoDB outage after the Task was created");
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
