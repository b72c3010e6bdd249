package io.ctibridge.core.calllog.deadletter;

import io.ctibridge.core.calllog.record.SourcePayload;
import java.time.Instant;
import java.util.Objects;

/**
 * A delivery the call log gave up on for good, with why. Nothing is dropped: it waits in the dead-letter queue
 * until an operator fixes the cause and replays it.
 *
 * @param reason    the kind of failure
 * @param detail    specifics for the operator (an error code, the field at fault); no phone numbers
 * @param contactId the ContactId when known, else null
 * @param itemId    the delivery's id in its source
 * @param payload   the delivery as it came
 * @param failedAt  when it was given up on
 */
public record DeadLetter(
        Reason reason, String detail, String contactId, String itemId, SourcePayload payload, Instant failedAt) {

    public enum Reason {
        /** Not a contact record: not JSON, not an object, no ContactId, a broken timestamp. */
        MALFORMED_RECORD,
        /** Salesforce refused the Task: a validation rule, a required field, a deleted Task to update. */
        SALESFORCE_REJECTED,
        /**
         * A Contact Lens post-call analysis that cannot be used: a key that is not an analysis file's, a file that
         * cannot be read (gone, access denied) or is not an analysis.
         */
        UNREADABLE_ANALYSIS,
        /** The Telephony Integration API refused the VoiceCall's create or close (a 4xx other than 401 and 429). */
        VOICE_CALL_REJECTED
    }

    public DeadLetter {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(failedAt, "failedAt");
    }
}
