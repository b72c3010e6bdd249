package io.ctibridge.core.calllog.ledger;

import java.util.Objects;
import java.util.Optional;

/**
 * What the ledger holds for a contact after an analysis was offered to it.
 *
 * @param newest   whether the offered analysis is the one recorded (false: a later one was there already)
 * @param analysis the analysis recorded now, the offered one or the later one, applied or not as this destination's
 *                 record has it
 * @param entry    this destination's entry (the Task's, the VoiceCall's), when a delivery of the contact record
 *                 claimed it (PENDING, DONE, REJECTED); empty when no contact record made one yet
 */
public record AnalysisRecording(boolean newest, LedgerAnalysis analysis, Optional<LedgerEntry> entry) {

    public AnalysisRecording {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(entry, "entry");
    }
}
