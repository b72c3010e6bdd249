package io.ctibridge.core.calllog.record;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A finished Amazon Connect contact, as much of it as the call log needs, whichever way it arrived.
 *
 * @param contactId                 the ContactId, one Task per ContactId
 * @param initialContactId          the first contact of a transfer chain; null for a first contact
 * @param previousContactId         the contact this one was transferred from; null for a first contact
 * @param channel                   VOICE, CHAT, TASK… spelled as the source spelled it
 * @param initiationMethod          INBOUND, OUTBOUND, TRANSFER, CALLBACK, API, QUEUE_TRANSFER…
 * @param customerAddress           the customer's number (E.164 for voice), null when Connect has none
 * @param initiationTimestamp       when the contact started
 * @param connectedToAgentTimestamp when an agent was connected; null when none ever was (abandoned)
 * @param disconnectTimestamp       when the contact ended; null when not yet known
 * @param lastUpdateTimestamp       the record's version: a later one replaces an earlier one
 * @param disconnectReason          e.g. CUSTOMER_DISCONNECT; null when unknown
 * @param agentUsername             the Connect username of the agent; null when no agent
 * @param queueName                 the queue the contact waited in; null when none
 * @param attributes                the contact attributes set by the flows
 * @param source                    where this record came from
 * @param details                   waits, holds, transfers and recordings; {@link CallDetails#NONE} when unknown
 */
public record ContactRecord(
        String contactId,
        String initialContactId,
        String previousContactId,
        String channel,
        String initiationMethod,
        String customerAddress,
        Instant initiationTimestamp,
        Instant connectedToAgentTimestamp,
        Instant disconnectTimestamp,
        Instant lastUpdateTimestamp,
        String disconnectReason,
        String agentUsername,
        String queueName,
        Map<String, String> attributes,
        RecordSource source,
        CallDetails details) {

    public ContactRecord {
        if (contactId == null || contactId.isBlank()) {
            throw new IllegalArgumentException("contactId is required");
        }
        channel = Objects.requireNonNullElse(channel, "");
        initiationMethod = Objects.requireNonNullElse(initiationMethod, "");
        Objects.requireNonNull(initiationTimestamp, "initiationTimestamp");
        Objects.requireNonNull(lastUpdateTimestamp, "lastUpdateTimestamp");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        Objects.requireNonNull(source, "source");
        details = details == null ? CallDetails.NONE : details;
    }

    /** The same contact with these details. */
    public ContactRecord withDetails(CallDetails newDetails) {
        return copy(source, newDetails);
    }

    /** The same contact as another source told it (the local DescribeContact answers from posted records). */
    public ContactRecord withSource(RecordSource newSource) {
        return copy(newSource, details);
    }

    private ContactRecord copy(RecordSource newSource, CallDetails newDetails) {
        return new ContactRecord(
                contactId,
                initialContactId,
                previousContactId,
                channel,
                initiationMethod,
                customerAddress,
                initiationTimestamp,
                connectedToAgentTimestamp,
                disconnectTimestamp,
                lastUpdateTimestamp,
                disconnectReason,
                agentUsername,
                queueName,
                attributes,
                newSource,
                newDetails);
    }

    /** Whether an agent ever took the call; an inbound call that no agent took was abandoned. */
    public boolean answered() {
        return connectedToAgentTimestamp != null;
    }

    /** A call for the contact center that no agent took: the caller gave up, or the flow ended it. */
    public boolean abandoned() {
        return !answered() && direction() != CallDirection.OUTBOUND;
    }

    /** Agent connected to disconnect; zero when no agent was connected or the end is unknown. */
    public Duration talkTime() {
        if (connectedToAgentTimestamp == null
                || disconnectTimestamp == null
                || disconnectTimestamp.isBefore(connectedToAgentTimestamp)) {
            return Duration.ZERO;
        }
        return Duration.between(connectedToAgentTimestamp, disconnectTimestamp);
    }

    public CallDirection direction() {
        return CallDirection.of(initiationMethod);
    }

    public RecordVersion version() {
        return new RecordVersion(lastUpdateTimestamp, source);
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name)).filter(value -> !value.isBlank());
    }

    /**
     * The ContactIds a caller lookup may have stored its result under, best first: this contact's own (the flow
     * of a transferred contact may look up again), the one it was transferred from, then the first of the chain.
     */
    public List<String> lookupKeys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(contactId);
        if (previousContactId != null && !previousContactId.isBlank()) {
            keys.add(previousContactId);
        }
        if (initialContactId != null && !initialContactId.isBlank()) {
            keys.add(initialContactId);
        }
        return List.copyOf(keys);
    }
}
