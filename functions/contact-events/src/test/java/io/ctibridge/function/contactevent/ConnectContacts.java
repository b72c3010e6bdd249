package io.ctibridge.function.contactevent;

import io.ctibridge.local.FakeConnect;
import java.util.LinkedHashMap;
import java.util.Map;

/** DescribeContact answers shaped as Connect's JSON, for {@link FakeConnect}. */
final class ConnectContacts {

    static final String INSTANCE_ID = "9f4c2e1a-6b7d-4e3f-8a91-2c5d7e8f0a1b";
    static final String INSTANCE_ARN = "arn:aws:connect:us-east-1:123456789012:instance/" + INSTANCE_ID;
    static final String AVA_ID = "5d1c8a0e-3b2f-4c6d-9e7a-1f2b3c4d5e6f";
    static final String SUPPORT_QUEUE_ID = "b1a2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";

    private ConnectContacts() {}

    /** An inbound voice call ava.agent answered from the Support queue, as the sample event's contact. */
    static Map<String, Object> answeredInbound(String contactId, String caller) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("Arn", INSTANCE_ARN + "/contact/" + contactId);
        contact.put("Id", contactId);
        contact.put("InitiationMethod", "INBOUND");
        contact.put("Channel", "VOICE");
        contact.put(
                "QueueInfo",
                Map.of("Id", SUPPORT_QUEUE_ID, "EnqueueTimestamp", FakeConnect.epochSeconds("2026-11-24T15:02:23Z")));
        contact.put(
                "AgentInfo",
                Map.of("Id", AVA_ID, "ConnectedToAgentTimestamp", FakeConnect.epochSeconds("2026-11-24T15:03:24Z")));
        contact.put("InitiationTimestamp", FakeConnect.epochSeconds("2026-11-24T15:02:10Z"));
        contact.put("ConnectedToSystemTimestamp", FakeConnect.epochSeconds("2026-11-24T15:02:11Z"));
        contact.put("DisconnectTimestamp", FakeConnect.epochSeconds("2026-11-24T15:08:11Z"));
        contact.put("LastUpdateTimestamp", FakeConnect.epochSeconds("2026-11-24T15:08:12Z"));
        contact.put("CustomerEndpoint", Map.of("Type", "TELEPHONE_NUMBER", "Address", caller));
        contact.put("SystemEndpoint", Map.of("Type", "TELEPHONE_NUMBER", "Address", "+18005550100"));
        contact.put("DisconnectReason", "CUSTOMER_DISCONNECT");
        contact.put("Attributes", Map.of("ctiDisposition", "Resolved"));
        return contact;
    }

    /** The agent and queue those contacts name. */
    static void directory(FakeConnect connect) {
        connect.user(INSTANCE_ID, AVA_ID, "ava.agent");
        connect.queue(INSTANCE_ID, SUPPORT_QUEUE_ID, "Support");
    }
}
