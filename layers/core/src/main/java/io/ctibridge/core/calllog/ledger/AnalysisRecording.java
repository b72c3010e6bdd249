package io.ctibridge.core.calllog.ledger;

import java.util.Objects;
import java.util.Optional;

/**
 * What the ledger holds for a contact after an analysis was offered to it.
 *
 * @param newest   whether the offered analysis is the one recorded (false: a later one was there already)
 * @param analysis the analysis recorded now, the offered one or the later one
 * @param task     the contact's Task side, when a delivery of its contact record claimed it (PENDING, DONE, REJECTED);
 *                 empty when no contact record arrived yet
 */
public record AnalysisRecording(boolean newest, LedgerAnalysis analysis, Optional<LedgerEntry> task) {

    public AnalysisRecording {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(task, "task");
    }
}
