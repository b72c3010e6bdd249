package io.ctibridge.function.contactevent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.junit.jupiter.api.Test;

class ContactEventReaderTest {

    private static final String INSTANCE = "arn:aws:connect:us-east-1:123456789012:instance/i-1";

    @Test
    void read_takesTheContactFromConnectsCamelCaseDetail() throws Exception {
        ContactEvent event = ContactEventReader.read(event(detail("c-2", "Voice")));

        assertEquals("evt-1", event.eventId());
        assertEquals("c-2", event.contactId());
        assertEquals("Voice", event.channel());
        assertEquals(INSTANCE, event.instanceArn());
        assertTrue(event.disconnected());
        assertEquals(List.of("c-2", "c-1"), event.lookupKeys());
    }

    @Test
    void read_findsTheInstanceInTheResources_whenTheDetailLacksIt() throws Exception {
        Map<String, Object> detail = detail("c-2", "VOICE");
        detail.remove("instanceArn");

        assertEquals(INSTANCE, ContactEventReader.read(event(detail)).instanceArn());
    }

    @Test
    void read_refusesAnEventWithoutContactId() {
        Map<String, Object> detail = detail("c-2", "VOICE");
        detail.remove("contactId");

        ContactEventReader.MalformedEventException e = assertThrows(
                ContactEventReader.MalformedEventException.class, () -> ContactEventReader.read(event(detail)));
        assertEquals("event detail has no contactId", e.getMessage());
        assertThrows(ContactEventReader.MalformedEventException.class, () -> ContactEventReader.read(event(null)));
        assertThrows(ContactEventReader.MalformedEventException.class, () -> ContactEventReader.read(null));
    }

    @Test
    void read_tellsOtherEventTypesApart() throws Exception {
        Map<String, Object> detail = detail("c-2", "VOICE");
        detail.put("eventType", "CONNECTED_TO_AGENT");

        assertFalse(ContactEventReader.read(event(detail)).disconnected());
    }

    @Test
    void payload_isTheEventAsEventBridgeSentIt() throws Exception {
        JsonNode json = new ObjectMapper()
                .readTree(ContactEventReader.payload(event(detail("c-2", "VOICE")))
                        .body());

        assertEquals("Amazon Connect Contact Event", json.path("detail-type").asText());
        assertEquals("evt-1", json.path("id").asText());
        assertEquals("c-2", json.path("detail").path("contactId").asText());
        assertEquals("2026-11-24T15:08:12.000Z", json.path("time").asText());
    }

    private static Map<String, Object> detail(String contactId, String channel) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("eventType", "DISCONNECTED");
        detail.put("contactId", contactId);
        detail.put("initialContactId", "c-1");
        detail.put("previousContactId", "c-1");
        detail.put("channel", channel);
        detail.put("instanceArn", INSTANCE);
        detail.put("agentInfo", Map.of("agentArn", INSTANCE + "/agent/a-1"));
        return detail;
    }

    private static ScheduledEvent event(Map<String, Object> detail) {
        return new ScheduledEvent()
                .withId("evt-1")
                .withVersion("0")
                .withDetailType("Amazon Connect Contact Event")
                .withSource("aws.connect")
                .withTime(DateTime.parse("2026-11-24T15:08:12Z").withZone(DateTimeZone.UTC))
                .withResources(List.of(INSTANCE + "/contact/c-2"))
                .withDetail(detail);
    }
}
