package io.ctibridge.core.calllog;

import io.ctibridge.core.calllog.ledger.LedgerDecision;
import io.ctibridge.core.calllog.record.RecordVersion;

/** A contact this delivery claimed in the ledger, with what the ledger held before. */
record Claim(PendingWrite write, LedgerDecision.Create decision) {

    boolean inDoubt() {
        return decision.inDoubt();
    }

    /** The version the failed delivery had claimed, for a claim taken over in doubt. */
    RecordVersion earlierVersion() {
        return decision.seen().orElseThrow().version();
    }
}
