package io.ctibridge.reliability;

import io.ctibridge.local.ConnectFlowEvents;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Contact trace records shaped as Connect streams them to Kinesis. */
public final class ContactRecords {

    static final String INSTANCE =
            "arn:aws:connect:us-east-1:123456789012:instance/9f4c2e1a-6b7d-4e3f-8a91-2c5d7e8f0a1b";
    static final Instant STARTED = Instant.parse("2026-11-24T15:02:10Z");

    private ContactRecords() {}

    /**
     * An inbound call from {@code caller} answered by ava.agent after a minute; {@code version} moves the
     * LastUpdateTimestamp and the disconnect on, as a later record of the same contact does.
     */
    public static Map<String, Object> answered(String contactId, String caller, int version) {
        Map<String, Object> ctr = new LinkedHashMap<>();
        ctr.put("AWSAccountId", "123456789012");
        ctr.put("AWSContactTraceRecordFormatVersion", "2017-03-10");
        ctr.put(
                "Agent",
                Map.of(
                        "ARN",
                        INSTANCE + "/agent/7c1b",
                        "Username",
                        "ava.agent",
                        "ConnectedToAgentTimestamp",
                        STARTED.plusSeconds(60).toString()));
        ctr.put("AgentConnectionAttempts", 1);
        ctr.put("Attributes", Map.of());
        ctr.put("Channel", "VOICE");
        ctr.put("ConnectedToSystemTimestamp", STARTED.plusSeconds(1).toString());
        ctr.put("ContactId", contactId);
        ctr.put("CustomerEndpoint", Map.of("Address", caller, "Type", "TELEPHONE_NUMBER"));
        ctr.put("DisconnectReason", "CUSTOMER_DISCONNECT");
        ctr.put("DisconnectTimestamp", STARTED.plusSeconds(300 + 60L * version).toString());
        ctr.put("InitiationMethod", "INBOUND");
        ctr.put("InitiationTimestamp", STARTED.toString());
        ctr.put("InstanceARN", INSTANCE);
        ctr.put("LastUpdateTimestamp", STARTED.plusSeconds(360 + 60L * version).toString());
        ctr.put("Queue", Map.of("ARN", INSTANCE + "/queue/support", "Name", "Support"));
        ctr.put("SystemEndpoint", Map.of("Address", ConnectFlowEvents.SYSTEM_NUMBER, "Type", "TELEPHONE_NUMBER"));
        return ctr;
    }

    /** The Task's CallDurationInSeconds for {@link #answered} at that version: agent connect to disconnect. */
    public static int durationSeconds(int version) {
        return 240 + 60 * version;
    }
}
