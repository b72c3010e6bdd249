package io.ctibridge.core.calllog.record;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a contact trace record as Amazon Connect writes it to its Kinesis stream: one JSON object per record,
 * PascalCase fields, ISO-8601 timestamps, {@code Agent} and {@code Queue} null when the call never got that
 * far. Unknown fields are ignored (Connect adds some every year).
 *
 * @see <a href="https://docs.aws.amazon.com/connect/latest/adminguide/ctr-data-model.html">Contact records data model</a>
 */
public final class ContactRecordParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @throws MalformedContactRecordException when the bytes are not a JSON object, or lack a ContactId or every
     *                                         timestamp, or carry a timestamp that is not one
     */
    public ContactRecord parse(byte[] data) throws MalformedContactRecordException {
        JsonNode root;
        try {
            root = JSON.readTree(data);
        } catch (JacksonException e) {
            // Jackson's own message quotes the input, which may hold a caller's number: say where, not what.
            throw new MalformedContactRecordException(
                    String.valueOf(e.getOriginalMessage()).contains("UTF-8")
                            ? "not UTF-8 text"
                            : "not JSON" + where(e));
        } catch (IOException e) {
            throw new MalformedContactRecordException("unreadable record", e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedContactRecordException("not a JSON object");
        }
        String contactId = text(root, "ContactId");
        if (contactId == null) {
            throw new MalformedContactRecordException("no ContactId");
        }
        JsonNode agent = root.path("Agent");
        JsonNode queue = root.path("Queue");
        Instant initiation = instant(root, "InitiationTimestamp");
        Instant disconnect = instant(root, "DisconnectTimestamp");
        Instant lastUpdate = instant(root, "LastUpdateTimestamp");
        Instant started = firstOf(initiation, instant(root, "ConnectedToSystemTimestamp"), disconnect, lastUpdate);
        if (started == null) {
            throw new MalformedContactRecordException("no timestamps");
        }
        return new ContactRecord(
                contactId,
                text(root, "InitialContactId"),
                text(root, "PreviousContactId"),
                text(root, "Channel"),
                text(root, "InitiationMethod"),
                text(root.path("CustomerEndpoint"), "Address"),
                started,
                instant(agent, "ConnectedToAgentTimestamp"),
                disconnect,
                firstOf(lastUpdate, disconnect, started),
                text(root, "DisconnectReason"),
                text(agent, "Username"),
                text(queue, "Name"),
                attributes(root.path("Attributes")),
                RecordSource.CONTACT_RECORD,
                details(root, agent, queue));
    }

    /** Waits, holds, transfers and recordings; a figure of the wrong shape is left out, never a reason to refuse. */
    private static CallDetails details(JsonNode root, JsonNode agent, JsonNode queue) {
        return new CallDetails(
                text(root.path("SystemEndpoint"), "Address"),
                lenientInstant(queue, "EnqueueTimestamp"),
                seconds(queue, "Duration"),
                text(agent.path("RoutingProfile"), "Name"),
                seconds(agent, "AgentInteractionDuration"),
                seconds(agent, "CustomerHoldDuration"),
                seconds(agent, "LongestHoldDuration"),
                seconds(agent, "NumberOfHolds"),
                seconds(agent, "AfterContactWorkDuration"),
                text(root.path("TransferredToEndpoint"), "Address"),
                lenientInstant(root, "TransferCompletedTimestamp"),
                text(root, "NextContactId"),
                recordings(root));
    }

    /** The older single {@code Recording} first, then the {@code Recordings} list. */
    private static List<Recording> recordings(JsonNode root) {
        List<Recording> recordings = new ArrayList<>();
        JsonNode single = root.path("Recording");
        if (single.isObject()) {
            recordings.add(new Recording(
                    text(single, "Location"),
                    text(single, "Status"),
                    null,
                    text(single, "Type"),
                    null,
                    text(single, "DeletionReason")));
        }
        for (JsonNode entry : root.path("Recordings")) {
            if (entry.isObject()) {
                recordings.add(new Recording(
                        text(entry, "Location"),
                        text(entry, "Status"),
                        text(entry, "StorageType"),
                        text(entry, "MediaStreamType"),
                        text(entry, "ParticipantType"),
                        text(entry, "DeletionReason")));
            }
        }
        return recordings;
    }

    private static Instant lenientInstant(JsonNode node, String field) {
        try {
            return instant(node, field);
        } catch (MalformedContactRecordException e) {
            return null;
        }
    }

    /** A whole, non-negative number of seconds (or a count); anything else is unknown. */
    private static Integer seconds(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0) {
            return value.intValue();
        }
        if (value.isNumber() && value.doubleValue() >= 0 && value.doubleValue() < Integer.MAX_VALUE) {
            return (int) Math.round(value.doubleValue());
        }
        return null;
    }

    private static String where(JacksonException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static Instant instant(JsonNode node, String field) throws MalformedContactRecordException {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedContactRecordException(field + " is not an ISO-8601 timestamp");
        }
    }

    private static Map<String, String> attributes(JsonNode node) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                    attributes.put(entry.getKey(), entry.getValue().asText());
                }
            });
        }
        return attributes;
    }

    private static Instant firstOf(Instant... candidates) {
        for (Instant candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
