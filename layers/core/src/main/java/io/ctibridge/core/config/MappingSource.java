package io.ctibridge.core.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link FieldMapping} can copy from a finished contact, by the name a profile uses. Names are the profile's
 * vocabulary, not the contact record's paths, so that both input paths (contact records on Kinesis, contact events
 * completed with DescribeContact) can fill them; {@link #origin} says where each comes from.
 */
public enum MappingSource {
    QUEUE("queue", Kind.TEXT, "Queue.Name"),
    QUEUE_WAIT_SECONDS("queueWaitSeconds", Kind.SECONDS, "Queue.Duration"),
    AGENT("agent", Kind.TEXT, "Agent.Username"),
    ROUTING_PROFILE("routingProfile", Kind.TEXT, "Agent.RoutingProfile.Name"),
    TALK_SECONDS("talkSeconds", Kind.SECONDS, "Agent.ConnectedToAgentTimestamp to DisconnectTimestamp"),
    AGENT_INTERACTION_SECONDS("agentInteractionSeconds", Kind.SECONDS, "Agent.AgentInteractionDuration"),
    CUSTOMER_HOLD_SECONDS("customerHoldSeconds", Kind.SECONDS, "Agent.CustomerHoldDuration"),
    LONGEST_HOLD_SECONDS("longestHoldSeconds", Kind.SECONDS, "Agent.LongestHoldDuration"),
    NUMBER_OF_HOLDS("numberOfHolds", Kind.COUNT, "Agent.NumberOfHolds"),
    AFTER_CONTACT_WORK_SECONDS("afterContactWorkSeconds", Kind.SECONDS, "Agent.AfterContactWorkDuration"),
    CHANNEL("channel", Kind.TEXT, "Channel"),
    INITIATION_METHOD("initiationMethod", Kind.TEXT, "InitiationMethod"),
    DISCONNECT_REASON("disconnectReason", Kind.TEXT, "DisconnectReason"),
    SYSTEM_NUMBER("systemNumber", Kind.EXACT, "SystemEndpoint.Address"),
    ANSWERED("answered", Kind.BOOLEAN, "an agent was connected"),
    TRANSFERRED_IN(
            "transferredIn", Kind.BOOLEAN, "InitiationMethod TRANSFER or QUEUE_TRANSFER, or a PreviousContactId"),
    TRANSFERRED_OUT(
            "transferredOut", Kind.BOOLEAN, "TransferCompletedTimestamp, TransferredToEndpoint or a NextContactId"),
    TRANSFERRED_TO("transferredTo", Kind.EXACT, "TransferredToEndpoint.Address"),
    CONTACT_ID("contactId", Kind.EXACT, "ContactId"),
    INITIAL_CONTACT_ID("initialContactId", Kind.EXACT, "InitialContactId"),
    PREVIOUS_CONTACT_ID("previousContactId", Kind.EXACT, "PreviousContactId"),
    NEXT_CONTACT_ID("nextContactId", Kind.EXACT, "NextContactId"),
    INITIATION_TIMESTAMP("initiationTimestamp", Kind.DATETIME, "InitiationTimestamp"),
    DISCONNECT_TIMESTAMP("disconnectTimestamp", Kind.DATETIME, "DisconnectTimestamp"),
    RECORDING_STATUS("recordingStatus", Kind.TEXT, "Recording.Status, else Recordings[0].Status"),
    RECORDING_LOCATION("recordingLocation", Kind.EXACT, "the available recording's S3 Location"),
    RECORDING_URL(
            "recordingUrl",
            Kind.EXACT,
            "the Amazon Connect contact details page, when a recording is available and the stack knows the"
                    + " instance alias"),
    /** {@code attribute:<name>}: a contact attribute the flows set. */
    ATTRIBUTE(MappingSource.ATTRIBUTE_PREFIX + "<name>", Kind.TEXT, "Attributes.<name>");

    public static final String ATTRIBUTE_PREFIX = "attribute:";

    /** How a value is written. */
    public enum Kind {
        /** Text, cut to the mapping's maxLength (with an ellipsis). */
        TEXT,
        /** Text that means nothing cut (ids, numbers, links): left out when longer than maxLength. */
        EXACT,
        /** Whole seconds, an integer. */
        SECONDS,
        /** A whole number. */
        COUNT,
        /** true or false. */
        BOOLEAN,
        /** ISO-8601 UTC date and time, as Salesforce takes a DateTime. */
        DATETIME
    }

    private final String spelling;
    private final Kind kind;
    private final String origin;

    MappingSource(String spelling, Kind kind, String origin) {
        this.spelling = spelling;
        this.kind = kind;
        this.origin = origin;
    }

    /** The name a profile writes. */
    public String spelling() {
        return spelling;
    }

    public Kind kind() {
        return kind;
    }

    /** Where the value comes from in a contact record. */
    public String origin() {
        return origin;
    }

    /** Texts are cut to fit; everything else is written whole or not at all. */
    public boolean truncatable() {
        return kind == Kind.TEXT;
    }

    /** Every valid spelling, for error messages and the README. */
    public static List<String> spellings() {
        return Arrays.stream(values()).map(MappingSource::spelling).toList();
    }

    /**
     * A source as a profile writes it.
     *
     * @param attribute the contact attribute's name, for {@link #ATTRIBUTE} only
     */
    public record Ref(MappingSource source, String attribute) {}

    /** Reads {@code queue}, {@code attribute:language}…; empty for anything else (an empty attribute name too). */
    public static Optional<Ref> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.startsWith(ATTRIBUTE_PREFIX)) {
            String name = text.substring(ATTRIBUTE_PREFIX.length());
            return name.isBlank() ? Optional.empty() : Optional.of(new Ref(ATTRIBUTE, name));
        }
        return Arrays.stream(values())
                .filter(source -> source != ATTRIBUTE && source.spelling.equals(text))
                .findFirst()
                .map(source -> new Ref(source, null));
    }
}
