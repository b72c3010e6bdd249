package io.ctibridge.core.calllog.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactRecordParserTest {

    private static final String AGENT = """
            {"ARN":"arn:aws:connect:us-east-1:123456789012:instance/i-1/agent/a-1","AfterContactWorkDuration":30,
             "ConnectedToAgentTimestamp":"2026-11-24T15:03:24Z","Username":"ava.agent","HierarchyGroups":null}""";
    private static final String RECORD = """
            {"AWSAccountId":"123456789012","AWSContactTraceRecordFormatVersion":"2017-03-10",
             "Agent":$AGENT,
             "AgentConnectionAttempts":1,"Attributes":{"ctiDisposition":"Resolved","empty":""},"Channel":"VOICE",
             "ConnectedToSystemTimestamp":"2026-11-24T15:02:11Z","ContactId":"c-1",
             "CustomerEndpoint":{"Address":"+14155550123","Type":"TELEPHONE_NUMBER"},
             "DisconnectReason":"CUSTOMER_DISCONNECT","DisconnectTimestamp":"2026-11-24T15:08:11Z",
             "InitialContactId":null,"InitiationMethod":"INBOUND","InitiationTimestamp":"2026-11-24T15:02:10Z",
             "InstanceARN":"arn:aws:connect:us-east-1:123456789012:instance/i-1","LastUpdateTimestamp":"2026-11-24T15:09:52Z",
             "NextContactId":null,"PreviousContactId":null,
             "Queue":{"ARN":"arn:q","Name":"Support","EnqueueTimestamp":"2026-11-24T15:02:23Z","Duration":61},
             "Recording":{"Status":"AVAILABLE"},"SomethingConnectAddsNextYear":{"x":[1,2]}}""";
    private static final String ANSWERED = RECORD.replace("$AGENT", AGENT);

    private final ContactRecordParser parser = new ContactRecordParser();

    @Test
    void parse_readsAnAnsweredInboundCall() throws Exception {
        ContactRecord record = parser.parse(bytes(ANSWERED));

        assertEquals("c-1", record.contactId());
        assertEquals("VOICE", record.channel());
        assertEquals("INBOUND", record.initiationMethod());
        assertEquals(CallDirection.INBOUND, record.direction());
        assertEquals("+14155550123", record.customerAddress());
        assertEquals(Instant.parse("2026-11-24T15:02:10Z"), record.initiationTimestamp());
        assertEquals(Instant.parse("2026-11-24T15:03:24Z"), record.connectedToAgentTimestamp());
        assertEquals(Duration.ofSeconds(287), record.talkTime());
        assertEquals(Instant.parse("2026-11-24T15:09:52Z"), record.lastUpdateTimestamp());
        assertEquals("ava.agent", record.agentUsername());
        assertEquals("Support", record.queueName());
        assertEquals("CUSTOMER_DISCONNECT", record.disconnectReason());
        assertEquals(Map.of("ctiDisposition", "Resolved", "empty", ""), record.attributes());
        assertEquals(RecordSource.CONTACT_RECORD, record.source());
        assertTrue(record.answered());
        assertFalse(record.abandoned());
        assertEquals(List.of("c-1"), record.lookupKeys());
    }

    @Test
    void parse_readsAnAbandonedCall_withAgentNull() throws Exception {
        ContactRecord record = parser.parse(bytes(RECORD.replace("$AGENT", "null")));

        assertNull(record.agentUsername());
        assertNull(record.connectedToAgentTimestamp());
        assertFalse(record.answered());
        assertTrue(record.abandoned());
        assertEquals(Duration.ZERO, record.talkTime());
    }

    @Test
    void parse_ordersLookupKeys_ownThenPreviousThenInitial() throws Exception {
        ContactRecord record =
                parser.parse(bytes(ANSWERED.replace("\"InitialContactId\":null", "\"InitialContactId\":\"c-0\"")
                        .replace("\"PreviousContactId\":null", "\"PreviousContactId\":\"c-prev\"")));

        assertEquals(List.of("c-1", "c-prev", "c-0"), record.lookupKeys());
    }

    @Test
    void parse_fallsBackToTheDisconnectTime_whenLastUpdateIsMissing() throws Exception {
        ContactRecord record =
                parser.parse(bytes(ANSWERED.replace("\"LastUpdateTimestamp\":\"2026-11-24T15:09:52Z\",", "")));

        assertEquals(Instant.parse("2026-11-24T15:08:11Z"), record.lastUpdateTimestamp());
    }

    @Test
    void parse_rejectsARecordWithoutContactId() {
        MalformedContactRecordException e = assertThrows(
                MalformedContactRecordException.class,
                () -> parser.parse(bytes(ANSWERED.replace("\"ContactId\":\"c-1\"", "\"ContactId\":\"  \""))));

        assertEquals("no ContactId", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "\"+14155550123\"", "42", "null"})
    void parse_rejectsJsonThatIsNotAnObject(String json) {
        MalformedContactRecordException e =
                assertThrows(MalformedContactRecordException.class, () -> parser.parse(bytes(json)));

        assertEquals("not a JSON object", e.getMessage());
    }

    @Test
    void parse_rejectsTextThatIsNotJson_withoutQuotingIt() {
        MalformedContactRecordException e = assertThrows(
                MalformedContactRecordException.class, () -> parser.parse(bytes("{\"ContactId\": +14155550123 oops")));

        assertTrue(e.getMessage().startsWith("not JSON (line 1, column"), e.getMessage());
        assertFalse(e.getMessage().contains("4155550123"), e.getMessage());
    }

    @Test
    void parse_rejectsBytesThatAreNotUtf8() {
        byte[] binary = {'{', '"', 'C', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        MalformedContactRecordException e =
                assertThrows(MalformedContactRecordException.class, () -> parser.parse(binary));

        assertEquals("not UTF-8 text", e.getMessage());
    }

    @Test
    void parse_rejectsABrokenTimestamp_namingTheField() {
        MalformedContactRecordException e = assertThrows(
                MalformedContactRecordException.class,
                () -> parser.parse(bytes(ANSWERED.replace("2026-11-24T15:08:11Z", "yesterday"))));

        assertEquals("DisconnectTimestamp is not an ISO-8601 timestamp", e.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
