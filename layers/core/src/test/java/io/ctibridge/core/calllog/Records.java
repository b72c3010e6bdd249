package io.ctibridge.core.calllog;

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
                RecordSource.CONTACT_RECORD);
    }

    public static ContactRecord withMethod(ContactRecord r, String initiationMethod) {
        return new ContactRecord(
                r.contactId(),
                r.initialContactId(),
                r.previousContactId(),
                r.channel(),
                initiationMethod,
                r.customerAddress(),
                r.initiationTimestamp(),
                r.connectedToAgentTimestamp(),
                r.disconnectTimestamp(),
                r.lastUpdateTimestamp(),
                r.disconnectReason(),
                r.agentUsername(),
                r.queueName(),
                r.attributes(),
                r.source());
    }

    public static ContactRecord withCaller(ContactRecord r, String address) {
        return new ContactRecord(
                r.contactId(),
                r.initialContactId(),
                r.previousContactId(),
                r.channel(),
                r.initiationMethod(),
                address,
                r.initiationTimestamp(),
                r.connectedToAgentTimestamp(),
                r.disconnectTimestamp(),
                r.lastUpdateTimestamp(),
                r.disconnectReason(),
                r.agentUsername(),
                r.queueName(),
                r.attributes(),
                r.source());
    }

    public static ContactRecord unanswered(ContactRecord r) {
        return new ContactRecord(
                r.contactId(),
                r.initialContactId(),
                r.previousContactId(),
                r.channel(),
                r.initiationMethod(),
                r.customerAddress(),
                r.initiationTimestamp(),
                null,
                r.disconnectTimestamp(),
                r.lastUpdateTimestamp(),
                r.disconnectReason(),
                null,
                r.queueName(),
                Map.of(),
                r.source());
    }

    public static ContactRecord version(ContactRecord r, Instant lastUpdate, RecordSource source) {
        return new ContactRecord(
                r.contactId(),
                r.initialContactId(),
                r.previousContactId(),
                r.channel(),
                r.initiationMethod(),
                r.customerAddress(),
                r.initiationTimestamp(),
                r.connectedToAgentTimestamp(),
                r.disconnectTimestamp(),
                lastUpdate,
                r.disconnectReason(),
                r.agentUsername(),
                r.queueName(),
                r.attributes(),
                source);
    }

    /** The same contact on another channel (spelled as given). */
    public static ContactRecord withChannel(ContactRecord r, String channel) {
        return new ContactRecord(
                r.contactId(),
                r.initialContactId(),
                r.previousContactId(),
                channel,
                r.initiationMethod(),
                r.customerAddress(),
                r.initiationTimestamp(),
                r.connectedToAgentTimestamp(),
                r.disconnectTimestamp(),
                r.lastUpdateTimestamp(),
                r.disconnectReason(),
                r.agentUsername(),
                r.queueName(),
                r.attributes(),
                r.source());
    }

    /** The leg a transfer made from {@code previousContactId} (which is also the initial contact). */
    public static ContactRecord transferredFrom(ContactRecord r, String previousContactId) {
        return new ContactRecord(
                r.contactId(),
                previousContactId,
                previousContactId,
                r.channel(),
                "TRANSFER",
                r.customerAddress(),
                r.initiationTimestamp(),
                r.connectedToAgentTimestamp(),
                r.disconnectTimestamp(),
                r.lastUpdateTimestamp(),
                r.disconnectReason(),
                r.agentUsername(),
                r.queueName(),
                r.attributes(),
                r.source());
    }

    /** A later version of the same contact: updated at {@code lastUpdate}, disconnected at {@code disconnect}. */
    public static ContactRecord updated(ContactRecord r, Instant lastUpdate, Instant disconnect) {
        return new ContactRecord(
                r.contactId(),
                r.initialContactId(),
                r.previousContactId(),
                r.channel(),
                r.initiationMethod(),
                r.customerAddress(),
                r.initiationTimestamp(),
                r.connectedToAgentTimestamp(),
                disconnect,
                lastUpdate,
                r.disconnectReason(),
                r.agentUsername(),
                r.queueName(),
                r.attributes(),
                r.source());
    }
}
