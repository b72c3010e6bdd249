package io.ctibridge.function.contactevent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.aws.AwsClients;
import io.ctibridge.core.aws.AwsSettings;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.RecordSource;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.local.FakeConnect;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.connect.ConnectClient;

/** The real SDK client, wired as the function wires it, against Connect's REST API played on loopback. */
class ConnectContactDescriberIT {

    private FakeConnect connect;
    private ConnectClient client;
    private ConnectContactDescriber describer;

    @BeforeEach
    void start() {
        connect = FakeConnect.start();
        ConnectContacts.directory(connect);
        client = new AwsClients(AwsSettings.local(connect.endpoint()))
                .configure(ConnectClient.builder())
                .build();
        describer = new ConnectContactDescriber(client, JsonLog.stdout(ConnectContactDescriber.class));
    }

    @AfterEach
    void stop() {
        client.close();
        connect.close();
    }

    @Test
    void describe_readsTheContact_withItsAgentsUsernameAndQueuesName() {
        String contactId = UUID.randomUUID().toString();
        connect.contact(
                ConnectContacts.INSTANCE_ID, contactId, ConnectContacts.answeredInbound(contactId, "+14155550123"));

        ContactRecord contact =
                describer.describe(ConnectContacts.INSTANCE_ARN, contactId).orElseThrow();

        assertEquals(contactId, contact.contactId());
        assertEquals("VOICE", contact.channel());
        assertEquals("INBOUND", contact.initiationMethod());
        assertEquals("+14155550123", contact.customerAddress());
        assertEquals(Instant.parse("2026-11-24T15:02:10Z"), contact.initiationTimestamp());
        assertEquals(Instant.parse("2026-11-24T15:03:24Z"), contact.connectedToAgentTimestamp());
        assertEquals(Instant.parse("2026-11-24T15:08:11Z"), contact.disconnectTimestamp());
        assertEquals(Instant.parse("2026-11-24T15:08:12Z"), contact.lastUpdateTimestamp());
        assertEquals("CUSTOMER_DISCONNECT", contact.disconnectReason());
        assertEquals("ava.agent", contact.agentUsername());
        assertEquals("Support", contact.queueName());
        assertEquals(Map.of("ctiDisposition", "Resolved"), contact.attributes());
        assertEquals(RecordSource.CONTACT_EVENT, contact.source());
    }

    @Test
    void describe_sendsSignedGetsToConnectsPaths_byInstanceId() {
        String contactId = UUID.randomUUID().toString();
        connect.contact(
                ConnectContacts.INSTANCE_ID, contactId, ConnectContacts.answeredInbound(contactId, "+14155550123"));

        describer.describe(ConnectContacts.INSTANCE_ARN, contactId);

        assertEquals(
                List.of(
                        "/contacts/" + ConnectContacts.INSTANCE_ID + "/" + contactId,
                        "/users/" + ConnectContacts.INSTANCE_ID + "/" + ConnectContacts.AVA_ID,
                        "/queues/" + ConnectContacts.INSTANCE_ID + "/" + ConnectContacts.SUPPORT_QUEUE_ID),
                connect.paths());
        RecordedRequest request = connect.requests().getFirst();
        assertEquals("GET", request.getMethod());
        String authorization = request.getHeaders().get("Authorization");
        assertTrue(authorization.startsWith("AWS4-HMAC-SHA256 Credential=local/"), authorization);
        assertTrue(authorization.contains("/us-east-1/connect/aws4_request"), authorization);
    }

    @Test
    void describe_asksForEachAgentAndQueueOnce() {
        for (int i = 0; i < 3; i++) {
            String contactId = UUID.randomUUID().toString();
            connect.contact(
                    ConnectContacts.INSTANCE_ID, contactId, ConnectContacts.answeredInbound(contactId, "+14155550123"));
            assertEquals(
                    "ava.agent",
                    describer
                            .describe(ConnectContacts.INSTANCE_ARN, contactId)
                            .orElseThrow()
                            .agentUsername());
        }

        assertEquals(
                1,
                connect.paths().stream()
                        .filter(path -> path.startsWith("/users/"))
                        .count());
        assertEquals(
                1,
                connect.paths().stream()
                        .filter(path -> path.startsWith("/queues/"))
                        .count());
    }

    @Test
    void describe_isEmpty_forAContactConnectDoesNotKnow() {
        assertEquals(Optional.empty(), describer.describe(ConnectContacts.INSTANCE_ARN, "no-such-contact"));
    }

    @Test
    void describe_leavesTheAgentOut_whenConnectCannotNameIt() {
        String contactId = UUID.randomUUID().toString();
        Map<String, Object> contact =
                new java.util.LinkedHashMap<>(ConnectContacts.answeredInbound(contactId, "+14155550123"));
        contact.put("AgentInfo", Map.of("Id", "deleted-agent", "ConnectedToAgentTimestamp", 1.7954e9));
        connect.contact(ConnectContacts.INSTANCE_ID, contactId, contact);

        ContactRecord described =
                describer.describe(ConnectContacts.INSTANCE_ARN, contactId).orElseThrow();

        assertNull(described.agentUsername());
        assertTrue(described.answered());
    }

    @Test
    void describe_throws_whenConnectThrottles() {
        connect.failAllWith("ThrottlingException");

        assertThrows(SdkException.class, () -> describer.describe(ConnectContacts.INSTANCE_ARN, "any"));
    }
}
