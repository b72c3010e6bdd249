package io.ctibridge.cli.calllog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.RecordSource;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostedContactRecordsTest {

    private static final String INSTANCE = "arn:aws:connect:us-east-1:000000000000:instance/i-1";
    private final PostedContactRecords connect = new PostedContactRecords();

    @Test
    void describe_answersThePostedContact_asDescribeContactWould() {
        connect.remember(ctr("c-1", "2026-11-25T16:00:00Z", "ava.agent"));

        ContactRecord contact = connect.describe(INSTANCE, "c-1").orElseThrow();

        assertEquals("c-1", contact.contactId());
        assertEquals("ava.agent", contact.agentUsername());
        assertEquals(RecordSource.CONTACT_EVENT, contact.source());
    }

    @Test
    void describe_keepsTheLatestVersion_whicheverOrderTheyCameIn() {
        connect.remember(ctr("c-1", "2026-11-25T16:05:00Z", "ben.okafor"));
        connect.remember(ctr("c-1", "2026-11-25T16:00:00Z", "ava.agent"));

        assertEquals(
                "ben.okafor", connect.describe(INSTANCE, "c-1").orElseThrow().agentUsername());
    }

    @Test
    void describe_knowsNothingElse_andIgnoresWhatIsNotAContactRecord() {
        connect.remember("not json".getBytes(StandardCharsets.UTF_8));
        connect.remember("{\"Channel\":\"VOICE\"}".getBytes(StandardCharsets.UTF_8));

        assertEquals(Optional.empty(), connect.describe(INSTANCE, "c-2"));
        assertTrue(connect.describe(INSTANCE, "").isEmpty());
    }

    private static byte[] ctr(String contactId, String lastUpdate, String agent) {
        return """
                {"ContactId": "%s", "Channel": "VOICE", "InitiationMethod": "INBOUND",
                 "InitiationTimestamp": "2026-11-25T15:58:00Z", "DisconnectTimestamp": "2026-11-25T15:59:00Z",
                 "LastUpdateTimestamp": "%s", "Agent": {"Username": "%s", "ConnectedToAgentTimestamp": "2026-11-25T15:58:20Z"}}
                """.formatted(contactId, lastUpdate, agent).getBytes(StandardCharsets.UTF_8);
    }
}
