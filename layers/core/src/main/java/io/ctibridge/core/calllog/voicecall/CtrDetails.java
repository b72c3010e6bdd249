package io.ctibridge.core.calllog.voicecall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.calllog.record.SourcePayload;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a VoiceCall carries that the call log's contact record does not: the number called, the hold figures, the
 * time the call was queued and the recording's S3 location. Read from the delivery as it came (a contact record
 * from Kinesis); a contact event carries none of them, and the VoiceCall then goes without.
 *
 * @param systemAddress       SystemEndpoint.Address, the contact center's number; null when unknown
 * @param enqueueTimestamp    Queue.EnqueueTimestamp; null when never queued
 * @param numberOfHolds       Agent.NumberOfHolds; null when no agent
 * @param customerHoldSeconds Agent.CustomerHoldDuration
 * @param longestHoldSeconds  Agent.LongestHoldDuration
 * @param agentInteractionSeconds Agent.AgentInteractionDuration
 */
public record CtrDetails(
        String systemAddress,
        Instant enqueueTimestamp,
        Long numberOfHolds,
        Long customerHoldSeconds,
        Long longestHoldSeconds,
        Long agentInteractionSeconds) {

    public static final CtrDetails NONE = new CtrDetails(null, null, null, null, null, null);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The details of a Kinesis contact record; {@link #NONE} for anything else. */
    public static CtrDetails of(SourcePayload payload) {
        JsonNode root;
        try {
            root = JSON.readTree(payload.body());
        } catch (IOException e) {
            return NONE;
        }
        if (root == null || !root.isObject() || !root.has("ContactId")) {
            return NONE;
        }
        JsonNode agent = root.path("Agent");
        return new CtrDetails(
                text(root.path("SystemEndpoint").path("Address")),
                instant(root.path("Queue").path("EnqueueTimestamp")),
                number(agent.path("NumberOfHolds")),
                number(agent.path("CustomerHoldDuration")),
                number(agent.path("LongestHoldDuration")),
                number(agent.path("AgentInteractionDuration")));
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static Long number(JsonNode node) {
        return node.canConvertToLong() ? node.asLong() : null;
    }

    private static Instant instant(JsonNode node) {
        try {
            return Optional.ofNullable(text(node)).map(Instant::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
