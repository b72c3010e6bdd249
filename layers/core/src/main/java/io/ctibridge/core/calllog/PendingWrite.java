package io.ctibridge.core.calllog;

import io.ctibridge.core.calllog.ledger.LedgerEntry;

/**
 * A call about to be written to Salesforce: a new Task under the ledger claim {@code entry}, or a rewrite of the
 * Task {@code taskId} (whose ledger entry is {@code entry}).
 */
record PendingWrite(LoggableCall call, LedgerEntry entry, String taskId) {

    static PendingWrite create(LoggableCall call, LedgerEntry claim) {
        return new PendingWrite(call, claim, null);
    }

    boolean create() {
        return taskId == null;
    }

    /** The same write for {@code linked}, the call with a lookup result found later. */
    PendingWrite withCall(LoggableCall linked) {
        return new PendingWrite(linked, entry, taskId);
    }

    PendingWrite rewriting(String existingTaskId) {
        return new PendingWrite(call, entry, existingTaskId);
    }
}
