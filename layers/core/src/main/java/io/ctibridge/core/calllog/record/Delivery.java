package io.ctibridge.core.calllog.record;

import java.util.Objects;

/**
 * One contact as delivered to the call log: read, or not readable (and bound for the dead-letter queue).
 * {@code itemId} is what the source wants back for a failed item (a Kinesis sequence number, an event id);
 * {@code claimant} names this delivery uniquely and is the same when the source delivers it again, so that a
 * retry can take over its own earlier claim at once.
 */
public sealed interface Delivery {

    String itemId();

    String claimant();

    SourcePayload payload();

    record Readable(String itemId, String claimant, ContactRecord contact, SourcePayload payload) implements Delivery {
        public Readable {
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(claimant, "claimant");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(payload, "payload");
        }
    }

    record Unreadable(String itemId, String claimant, String reason, SourcePayload payload) implements Delivery {
        public Unreadable {
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(claimant, "claimant");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(payload, "payload");
        }
    }

    /** A contact record's bytes, read with {@code parser}. */
    static Delivery of(String itemId, String claimant, SourcePayload payload, ContactRecordParser parser) {
        try {
            return new Readable(itemId, claimant, parser.parse(payload.body()), payload);
        } catch (MalformedContactRecordException e) {
            return new Unreadable(itemId, claimant, e.getMessage(), payload);
        }
    }
}
