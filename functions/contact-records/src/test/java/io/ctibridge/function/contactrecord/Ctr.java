package io.ctibridge.function.contactrecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A contact trace record shaped as Connect streams it, built field by field for a test. */
public final class Ctr {

    public static final String INSTANCE =
            "arn:aws:connect:us-east-1:123456789012:instance/9f4c2e1a-6b7d-4e3f-8a91-2c5d7e8f0a1b";
    public static final Instant STARTED = Instant.parse("2026-11-24T15:02:10Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Ctr(String contactId, String method, String customer) {
        fields.put("AWSAccountId", "123456789012");
        fields.put("AWSContactTraceRecordFormatVersion", "2017-03-10");
        fields.put("Agent", null);
        fields.put("AgentConnectionAttempts", 0);
        fields.put("Attributes", new LinkedHashMap<String, String>());
        fields.put("Channel", "VOICE");
        fields.put("ConnectedToSystemTimestamp", STARTED.plusSeconds(1).toString());
        fields.put("ContactId", contactId);
        fields.put("CustomerEndpoint", Map.of("Address", customer, "Type", "TELEPHONE_NUMBER"));
        fields.put("DisconnectReason", "CUSTOMER_DISCONNECT");
        fields.put("DisconnectTimestamp", STARTED.plusSeconds(300).toString());
        fields.put("InitialContactId", null);
        fields.put("InitiationMethod", method);
        fields.put("InitiationTimestamp", STARTED.toString());
        fields.put("InstanceARN", INSTANCE);
        fields.put("LastUpdateTimestamp", STARTED.plusSeconds(360).toString());
        fields.put("NextContactId", null);
        fields.put("PreviousContactId", null);
        fields.put("Queue", null);
        fields.put("SystemEndpoint", Map.of("Address", "+18005550100", "Type", "TELEPHONE_NUMBER"));
        fields.put("TransferCompletedTimestamp", null);
        fields.put("TransferredToEndpoint", null);
    }

    /** An inbound call answered by ava.agent after a minute in the Support queue, five minutes in all. */
    public static Ctr answered(String caller) {
        return new Ctr(UUID.randomUUID().toString(), "INBOUND", caller)
                .agent("ava.agent", STARTED.plusSeconds(60))
                .queue("Support");
    }

    /** A call an agent dialled to {@code customer}, answered, five minutes in all. */
    public static Ctr dialled(String customer) {
        return new Ctr(UUID.randomUUID().toString(), "OUTBOUND", customer).agent("ava.agent", STARTED.plusSeconds(5));
    }

    public String contactId() {
        return (String) fields.get("ContactId");
    }

    public Ctr agent(String username, Instant connected) {
        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("ARN", INSTANCE + "/agent/" + UUID.nameUUIDFromBytes(username.getBytes()));
        agent.put("ConnectedToAgentTimestamp", connected.toString());
        agent.put("Username", username);
        agent.put("HierarchyGroups", null);
        fields.put("Agent", agent);
        fields.put("AgentConnectionAttempts", 1);
        return this;
    }

    public Ctr noAgent() {
        fields.put("Agent", null);
        fields.put("AgentConnectionAttempts", 0);
        return this;
    }

    public Ctr queue(String name) {
        fields.put(
                "Queue",
                Map.of(
                        "ARN",
                        INSTANCE + "/queue/" + UUID.nameUUIDFromBytes(name.getBytes()),
                        "Name",
                        name,
                        "EnqueueTimestamp",
                        STARTED.plusSeconds(13).toString(),
                        "Duration",
                        47));
        return this;
    }

    public Ctr channel(String channel) {
        fields.put("Channel", channel);
        return this;
    }

    public Ctr lastUpdate(Instant at) {
        fields.put("LastUpdateTimestamp", at.toString());
        return this;
    }

    @SuppressWarnings("unchecked")
    public Ctr attribute(String name, String value) {
        ((Map<String, String>) fields.get("Attributes")).put(name, value);
        return this;
    }

    /** The recording Connect attaches in the version written after After Contact Work. */
    public Ctr recording(String location) {
        fields.put("Recording", Map.of("Location", location, "Status", "AVAILABLE", "Type", "AUDIO"));
        return this;
    }

    /** A leg transferred from {@code previous}: initiation TRANSFER, the chain's first contact as InitialContactId. */
    public Ctr transferredFrom(Ctr previous) {
        fields.put("InitiationMethod", "TRANSFER");
        fields.put("PreviousContactId", previous.contactId());
        fields.put("InitialContactId", previous.contactId());
        return this;
    }

    public Ctr without(String field) {
        fields.remove(field);
        return this;
    }

    /** The same contact again, a later version of its record (Connect sends one when the contact changes). */
    public Ctr laterVersion(int seconds) {
        Ctr later = new Ctr(contactId(), (String) fields.get("InitiationMethod"), "");
        later.fields.putAll(fields);
        later.fields.put("Attributes", new LinkedHashMap<>((Map<?, ?>) fields.get("Attributes")));
        return later.lastUpdate(
                Instant.parse((String) fields.get("LastUpdateTimestamp")).plusSeconds(seconds));
    }

    public byte[] json() {
        try {
            return JSON.writeValueAsBytes(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
