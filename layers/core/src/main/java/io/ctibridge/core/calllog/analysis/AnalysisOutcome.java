package io.ctibridge.core.calllog.analysis;

/**
 * What became of one analysis file.
 *
 * @param contactId the ContactId, null when the key named none
 * @param taskId    the activity it was written to, when {@link Result#APPLIED}
 * @param detail    why, for the log
 */
public record AnalysisOutcome(Result result, String contactId, String taskId, String detail) {

    public enum Result {
        /** Written to the call's activity now. */
        APPLIED,
        /** Recorded in the ledger; the call log writes it with the Task (no contact record arrived yet). */
        WAITING,
        /** Nothing to do: the same analysis again, or an older one than the one recorded. */
        SKIPPED,
        /** Not wanted: Contact Lens is off in the profile, or the profile wants the other (redacted or not) file. */
        IGNORED,
        /** Sent to the dead-letter queue with its reason. */
        DEAD_LETTERED
    }
}
