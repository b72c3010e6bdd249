package io.ctibridge.function.contactevent;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.calllog.record.SourcePayload;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an EventBridge "Amazon Connect Contact Event". The envelope is EventBridge's (the Lambda events
 * library models every EventBridge event as {@link ScheduledEvent}); {@code detail} is Connect's, in camelCase.
 *
 * @see <a href="https://docs.aws.amazon.com/connect/latest/adminguide/contact-events.html">Amazon Connect contact events</a>
 */
final class ContactEventReader {

    static final String SOURCE = "eventbridge";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The event lacks what the call log needs; the message says what. */
    static final class MalformedEventException extends Exception {
        MalformedEventException(String message) {
            super(message);
        }
    }

    private ContactEventReader() {}

    static ContactEvent read(ScheduledEvent event) throws MalformedEventException {
        if (event == null || event.getId() == null || event.getId().isBlank()) {
            throw new MalformedEventException("event has no id");
        }
        Map<String, Object> detail = event.getDetail();
        if (detail == null) {
            throw new MalformedEventException("event has no detail");
        }
        String contactId = text(detail.get("contactId"));
        if (contactId == null) {
            throw new MalformedEventException("event detail has no contactId");
        }
        String instanceArn = text(detail.get("instanceArn"));
        if (instanceArn == null) {
            instanceArn = instanceOfContact(event.getResources());
        }
        return new ContactEvent(
                event.getId(),
                text(detail.get("eventType")),
                contactId,
                text(detail.get("initialContactId")),
                text(detail.get("previousContactId")),
                text(detail.get("channel")),
                instanceArn);
    }

    /** The event as EventBridge sent it, for the dead-letter queue. */
    static SourcePayload payload(ScheduledEvent event) {
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
        Map<String, String> metadata = new LinkedHashMap<>();
        if (event != null && event.getId() != null) {
            metadata.put("eventId", event.getId());
        }
        try {
            return new SourcePayload(
                    SOURCE, metadata, JSON.writeValueAsString(envelope).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            return new SourcePayload(SOURCE, metadata, new byte[0]);
        }
    }

    /** {@code arn:…:instance/ID/contact/CONTACT} → {@code arn:…:instance/ID}. */
    private static String instanceOfContact(List<String> resources) {
        if (resources == null) {
            return null;
        }
        return resources.stream()
                .filter(arn -> arn != null && arn.contains(":instance/") && arn.contains("/contact/"))
                .map(arn -> arn.substring(0, arn.indexOf("/contact/")))
                .findFirst()
                .orElse(null);
    }

    private static String text(Object value) {
        if (value == null || value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
