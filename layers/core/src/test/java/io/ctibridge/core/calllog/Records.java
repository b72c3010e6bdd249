package io.ctibridge.core.calllog;

import io.ctibridge.core.calllog.record.CallDetails;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.RecordSource;
import java.time.Instant;
import java.util.Map;

/** Contact records for tests: an answered inbound call, changed field by field. */
public final class Records {

    public static final Instant STARTED = Instant.parse("2026-11-24T23:58:10Z");
    public static final Instant CONNECTED = Instant.parse("2026-11-24T23:59:00Z");
    public static final Instant ENDED = Instant.parse("2026-11-25T00:03:30Z");
    public static final Instant UPDATED = Instant.parse("2026-11-25T00:05:00Z");

    private Records() {}

    public static ContactRecord answeredInbound(String contactId) {
        return new ContactRecord(
                contactId,
                null,
                null,
                "VOICE",
                "INBOUND",
                "+14155550123",
                STARTED,
                CONNECTED,
                ENDED,
                UPDATED,
                "CUSTOMER_DISCONNECT",
                "ava.agent",
                "Support",
                Map.of("ctiDisposition", "Resolved"),
                RecordSource.CONTACT_RECORD,
                CallDetails.NONE);
    }

    public static ContactRecord withMethod(ContactRecord r, String initiationMethod) {
        Copy copy = new Copy(r);
        copy.initiationMethod = initiationMethod;
        return copy.build();
    }

    public static ContactRecord withCaller(ContactRecord r, String address) {
        Copy copy = new Copy(r);
        copy.customerAddress = address;
        return copy.build();
    }

    public static ContactRecord unanswered(ContactRecord r) {
        Copy copy = new Copy(r);
        copy.connectedToAgentTimestamp = null;
        copy.agentUsername = null;
        copy.attributes = Map.of();
        return copy.build();
    }

    public static ContactRecord version(ContactRecord r, Instant lastUpdate, RecordSource source) {
        Copy copy = new Copy(r);
        copy.lastUpdateTimestamp = lastUpdate;
        copy.source = source;
        return copy.build();
    }

    /** The same contact on another channel (spelled as given). */
    public static ContactRecord withChannel(ContactRecord r, String channel) {
        Copy copy = new Copy(r);
        copy.channel = channel;
        return copy.build();
    }

    /** The leg a transfer made from {@code previousContactId} (which is also the initial contact). */
    public static ContactRecord transferredFrom(ContactRecord r, String previousContactId) {
        Copy copy = new Copy(r);
        copy.initialContactId = previousContactId;
        copy.previousContactId = previousContactId;
        copy.initiationMethod = "TRANSFER";
        return copy.build();
    }

    /** A later version of the same contact: updated at {@code lastUpdate}, disconnected at {@code disconnect}. */
    public static ContactRecord updated(ContactRecord r, Instant lastUpdate, Instant disconnect) {
        Copy copy = new Copy(r);
        copy.lastUpdateTimestamp = lastUpdate;
        copy.disconnectTimestamp = disconnect;
        return copy.build();
    }

    /** A record's fields, to change a few before {@link #build} makes a record again (records have no withers). */
    private static final class Copy {
        private final String contactId;
        private String initialContactId;
        private String previousContactId;
        private String channel;
        private String initiationMethod;
        private String customerAddress;
        private final Instant initiationTimestamp;
        private Instant connectedToAgentTimestamp;
        private Instant disconnectTimestamp;
        private Instant lastUpdateTimestamp;
        private final String disconnectReason;
        private String agentUsername;
        private final String queueName;
        private Map<String, String> attributes;
        private RecordSource source;
        private CallDetails details;

        Copy(ContactRecord r) {
            contactId = r.contactId();
            initialContactId = r.initialContactId();
            previousContactId = r.previousContactId();
            channel = r.channel();
            initiationMethod = r.initiationMethod();
            customerAddress = r.customerAddress();
            initiationTimestamp = r.initiationTimestamp();
            connectedToAgentTimestamp = r.connectedToAgentTimestamp();
            disconnectTimestamp = r.disconnectTimestamp();
            lastUpdateTimestamp = r.lastUpdateTimestamp();
            disconnectReason = r.disconnectReason();
            agentUsername = r.agentUsername();
            queueName = r.queueName();
            attributes = r.attributes();
            source = r.source();
            details = r.details();
        }

        ContactRecord build() {
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
                    source,
                    details);
        }
    }
}
