package io.ctibridge.core.calllog.ledger;

import io.ctibridge.core.calllog.record.RecordVersion;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The record of which contacts have their Task, so that a redelivered or retried contact never makes a second
 * one. Every write is conditional on what the writer last read, so two deliveries of one contact cannot both
 * win a claim.
 */
public interface CallLogLedger {

    /** The entries of those contacts that have one, by ContactId; read consistently. */
    Map<String, LedgerEntry> find(Collection<String> contactIds);

    /**
     * Marks the contact PENDING for {@code claimant} until {@code leaseUntil}, provided its entry is still
     * {@code seen} (absent: no entry at all).
     *
     * @return the claim, or empty when another delivery changed the entry first
     */
    Optional<LedgerEntry> claim(
            String contactId, RecordVersion version, String claimant, Instant leaseUntil, Optional<LedgerEntry> seen);

    /**
     * Records the contact DONE with {@code taskId} at {@code version}; false when the entry changed since read. When
     * {@code current} carries a {@linkplain LedgerEntry#waitingAnalysis() waiting analysis}, the write carried it
     * too, and it is recorded applied (unless a later analysis replaced it meanwhile, which then still waits).
     */
    boolean complete(LedgerEntry current, String taskId, RecordVersion version);

    /**
     * Keeps the claim PENDING but records that its create failed at {@code since} without an answer, so that
     * no delivery, this one included, creates the Task again before Salesforce had time to finish the first;
     * false when the entry changed since read.
     */
    boolean markInDoubt(LedgerEntry current, Instant since);

    /** Records that Salesforce refused the contact's Task for good; false when the entry changed since read. */
    boolean reject(LedgerEntry current, String reason);

    /**
     * Records a Contact Lens analysis for the contact unless a later one (by {@link LedgerAnalysis#at()}) is
     * recorded already; the same key again records nothing new. The analysis is shared by the contact's
     * destinations; what comes back is as this destination sees it (its record, and whether it carries the
     * analysis). Never touches a destination's entry: claims and completions go on as if the analysis were not
     * there.
     */
    AnalysisRecording recordAnalysis(String contactId, LedgerAnalysis analysis);

    /**
     * Records the analysis {@code key} on this destination's record (the Task, the VoiceCall); false when a later
     * analysis replaced it meanwhile.
     */
    boolean markAnalysisApplied(String contactId, String key);

    /**
     * For a destination that writes in two steps (a VoiceCall is made, then closed): keeps the claim PENDING but
     * records the Id of the record made, so that no delivery makes it again; the next step only updates it. False
     * when the entry changed since read.
     */
    default boolean recordMade(LedgerEntry current, String recordId) {
        throw new UnsupportedOperationException("this ledger keeps one-step destinations only");
    }
}
