package io.ctibridge.core.calllog.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * The newest Contact Lens post-call analysis recorded for a contact, kept on the contact's ledger item beside its
 * Task, so that an analysis that arrives before the Task waits there and is written with it.
 *
 * @param key     the analysis file's S3 key: the analysis's identity (a redelivery carries the same key)
 * @param at      when Contact Lens wrote it (the timestamp in the key): a later one replaces an earlier one, never
 *                the reverse
 * @param insight what the file says, as the analysis job's JSON; the ledger does not read it
 * @param applied whether this analysis (this key) is on the destination's record (each destination keeps its own)
 */
public record LedgerAnalysis(String key, Instant at, String insight, boolean applied) {

    public LedgerAnalysis {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(insight, "insight");
    }

    /** Whether it still has to be written to the destination's record. */
    public boolean waiting() {
        return !applied;
    }
}
