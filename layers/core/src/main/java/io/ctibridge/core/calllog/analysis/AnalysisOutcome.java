package io.ctibridge.core.calllog.analysis;

import java.util.List;
import java.util.Objects;

/**
 * What became of one analysis file.
 *
 * @param contactId the ContactId, null when the key named none
 * @param recordIds the records it was written to now (a Task, a VoiceCall, or both), when {@link Result#APPLIED}
 * @param detail    why, for the log
 */
public record AnalysisOutcome(Result result, String contactId, List<String> recordIds, String detail) {

    public enum Result {
        /** Written to the call's record now (to one of them at least, when the profile logs to both). */
        APPLIED,
        /** Recorded in the ledger; the call log writes it with the call's record (no contact record arrived yet). */
        WAITING,
        /** Nothing to do: the same analysis again, or an older one than the one recorded. */
        SKIPPED,
        /** Not wanted: Contact Lens is off in the profile, or the profile wants the other (redacted or not) file. */
        IGNORED,
        /** Sent to the dead-letter queue with its reason. */
        DEAD_LETTERED
    }

    public AnalysisOutcome {
        Objects.requireNonNull(result, "result");
        recordIds = recordIds == null ? List.of() : List.copyOf(recordIds);
    }

    /** An outcome that wrote nothing. */
    static AnalysisOutcome of(Result result, String contactId, String detail) {
        return new AnalysisOutcome(result, contactId, List.of(), detail);
    }
}
