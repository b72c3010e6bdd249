package io.ctibridge.core.calllog.analysis;

import io.ctibridge.core.calllog.record.SourcePayload;
import java.util.Objects;

/**
 * One S3 {@code Object Created} event for a file in the instance's bucket.
 *
 * @param eventId    the event's id (the dead letter's item id)
 * @param bucket     {@code detail.bucket.name}
 * @param encodedKey {@code detail.object.key}, URL-encoded as S3 sends it; null when the event had none
 * @param payload    the event as it came, for the dead-letter queue
 */
public record AnalysisDelivery(String eventId, String bucket, String encodedKey, SourcePayload payload) {

    public AnalysisDelivery {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(payload, "payload");
    }
}
