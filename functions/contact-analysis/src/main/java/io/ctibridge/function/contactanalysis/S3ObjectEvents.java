package io.ctibridge.function.contactanalysis;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.calllog.analysis.AnalysisDelivery;
import io.ctibridge.core.calllog.record.SourcePayload;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An EventBridge S3 {@code Object Created} event, read by name: {@code detail.bucket.name}, {@code detail.object.key}. */
final class S3ObjectEvents {

    static final String SOURCE = "eventbridge";
    private static final ObjectMapper JSON = new ObjectMapper();

    private S3ObjectEvents() {}

    /** The delivery the event describes; bucket or key null when the event lacks them (a dead letter then). */
    static AnalysisDelivery delivery(ScheduledEvent event) {
        Map<String, Object> detail = event == null || event.getDetail() == null ? Map.of() : event.getDetail();
        String eventId = event == null || event.getId() == null ? "unknown-event" : event.getId();
        return new AnalysisDelivery(
                eventId, text(detail, "bucket", "name"), text(detail, "object", "key"), payload(event, eventId));
    }

    private static String text(Map<String, Object> detail, String object, String field) {
        return detail.get(object) instanceof Map<?, ?> inner && inner.get(field) instanceof String value ? value : null;
    }

    /** The event as it came (its envelope rebuilt from the typed fields), for whoever replays it. */
    private static SourcePayload payload(ScheduledEvent event, String eventId) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        if (event != null) {
            envelope.put("version", event.getVersion());
            envelope.put("id", event.getId());
            envelope.put("detail-type", event.getDetailType());
            envelope.put("source", event.getSource());
            envelope.put("account", event.getAccount());
            envelope.put(
                    "time", event.getTime() == null ? null : event.getTime().toString());
            envelope.put("region", event.getRegion());
            envelope.put("resources", event.getResources());
            envelope.put("detail", event.getDetail());
        }
        Map<String, String> metadata = Map.of("eventId", eventId);
        try {
            return new SourcePayload(
                    SOURCE, metadata, JSON.writeValueAsString(envelope).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            return new SourcePayload(SOURCE, metadata, new byte[0]);
        }
    }
}
