package io.ctibridge.cli.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.ContactRecordParser;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The synthetic CTR read by the call logger's own parser: what it says is what the call was. */
class ConnectEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant END = Instant.parse("2026-11-25T16:00:00.750Z");

    @Test
    void answeredCall_hasTheAgent_andTalkTimeIsTheDuration() throws Exception {
        SimulatedCall call = new SimulatedCall(
                "6c1e9a52-0f3b-4d8e-a7c1-53b2e9d04f17",
                "+13035550142",
                "+18005550100",
                Optional.of("ava.agent"),
                SimulatedCall.Outcome.ANSWERED,
                Duration.ofSeconds(95),
                END);

        ContactRecord record =
                new ContactRecordParser().parse(JSON.writeValueAsBytes(ConnectEvents.contactRecord(call)));

        assertEquals(call.contactId(), record.contactId());
        assertEquals("INBOUND", record.initiationMethod());
        assertEquals("ava.agent", record.agentUsername());
        assertEquals(Duration.ofSeconds(95), record.talkTime());
        assertEquals(Instant.parse("2026-11-25T16:00:00Z"), record.disconnectTimestamp());
        assertTrue(record.lastUpdateTimestamp().isAfter(record.disconnectTimestamp()));
        assertEquals("+13035550142", record.customerAddress());
        assertEquals(ConnectEvents.QUEUE_NAME, record.queueName());
    }

    @Test
    void abandonedCall_hasNoAgent_andNoTalkTime() throws Exception {
        SimulatedCall call = new SimulatedCall(
                "0f4d7a1e-9e59-4d8b-a3b4-2c1f6e0d9a77",
                "anonymous",
                "+18005550100",
                Optional.empty(),
                SimulatedCall.Outcome.ABANDONED,
                Duration.ofSeconds(40),
                END);

        var ctr = ConnectEvents.contactRecord(call);
        ContactRecord record = new ContactRecordParser().parse(JSON.writeValueAsBytes(ctr));

        assertTrue(ctr.path("Agent").isNull());
        assertTrue(record.abandoned());
        assertNull(record.agentUsername());
        assertEquals(Duration.ZERO, record.talkTime());
        assertEquals(
                Duration.ofSeconds(40), Duration.between(record.initiationTimestamp(), record.disconnectTimestamp()));
    }

    @Test
    void contactFlowEvent_carriesTheCallerAndTheDialledNumber() {
        SimulatedCall call = new SimulatedCall(
                "6c1e9a52-0f3b-4d8e-a7c1-53b2e9d04f17",
                "+13035550142",
                "+18005550100",
                Optional.of("ava.agent"),
                SimulatedCall.Outcome.ANSWERED,
                Duration.ofSeconds(1),
                END);

        var contactData = ConnectEvents.contactFlowEvent(call).path("Details").path("ContactData");

        assertEquals(call.contactId(), contactData.path("ContactId").asText());
        assertEquals(
                "+13035550142",
                contactData.path("CustomerEndpoint").path("Address").asText());
        assertEquals(
                "+18005550100",
                contactData.path("SystemEndpoint").path("Address").asText());
    }
}
