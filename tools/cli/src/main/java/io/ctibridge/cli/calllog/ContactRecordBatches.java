package io.ctibridge.cli.calllog;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Turns what an operator posts into the {@link KinesisEvent} Lambda would hand the contact-record function: a
 * whole Kinesis event is taken as it is; contact records (one object, or an array of them, as Connect writes them)
 * are put in one, each record's bytes base64-encoded, with an event id, a rising sequence number, the ContactId as
 * partition key and a local stream as source, exactly the fields Lambda fills. The event is then read with the
 * Lambda runtime's own deserializer, so the handler gets what it would get in AWS.
 */
public final class ContactRecordBatches {

    /** The stream synthetic records claim to come from: no real one, so a dead letter says what it was. */
    public static final String SYNTHETIC_STREAM_ARN =
            "arn:aws:kinesis:us-east-1:000000000000:stream/ctibridge-synthetic";

    private static final String SHARD = "shardId-000000000000";
    /** Kinesis sequence numbers are 56-digit decimals that only grow within a shard. */
    private static final BigInteger FIRST_SEQUENCE =
            new BigInteger("49600000000000000000000000000000000000000000000000000000");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;
    private BigInteger lastSequence = FIRST_SEQUENCE;

    public ContactRecordBatches(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What was posted: the contact records in it (each record's data) and the event to run. */
    public record Batch(List<byte[]> contactRecords, KinesisEvent event) {}

    /**
     * @throws IllegalArgumentException when the body is not JSON, or neither a Kinesis event, a contact record nor
     *                                  an array of contact records
     */
    public synchronized Batch read(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON");
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable body");
        }
        if (root != null && root.path("Records").isArray()) {
            KinesisEvent event = toEvent(root);
            List<byte[]> data = new ArrayList<>();
            for (KinesisEvent.KinesisEventRecord record : event.getRecords()) {
                if (record.getKinesis() != null && record.getKinesis().getData() != null) {
                    data.add(bytes(record.getKinesis().getData()));
                }
            }
            return new Batch(List.copyOf(data), event);
        }
        List<byte[]> records = new ArrayList<>();
        if (root != null && root.isObject()) {
            records.add(body); // one record: its bytes as posted, as Connect's own would be
        } else if (root != null && root.isArray() && !root.isEmpty()) {
            for (JsonNode element : root) {
                if (!element.isObject()) {
                    throw new IllegalArgumentException("an array of contact records holds only JSON objects");
                }
                records.add(bytes(element));
            }
        } else {
            throw new IllegalArgumentException("expected a contact record, an array of them or a Kinesis event");
        }
        return new Batch(List.copyOf(records), toEvent(kinesisEvent(records)));
    }

    /** The Kinesis event JSON Lambda would send for these records, each with the next sequence number. */
    public synchronized ObjectNode kinesisEvent(List<byte[]> records) {
        ArrayNode wrapped = JSON.createArrayNode();
        for (byte[] record : records) {
            wrapped.add(kinesisRecord(record));
        }
        ObjectNode event = JSON.createObjectNode();
        event.set("Records", wrapped);
        return event;
    }

    private ObjectNode kinesisRecord(byte[] data) {
        lastSequence = lastSequence.add(BigInteger.ONE);
        String sequenceNumber = lastSequence.toString();
        ObjectNode kinesis = JSON.createObjectNode()
                .put("kinesisSchemaVersion", "1.0")
                .put("partitionKey", partitionKey(data))
                .put("sequenceNumber", sequenceNumber)
                .put("data", Base64.getEncoder().encodeToString(data))
                .put("approximateArrivalTimestamp", clock.millis() / 1000.0);
        ObjectNode record = JSON.createObjectNode();
        record.set("kinesis", kinesis);
        return record.put("eventSource", "aws:kinesis")
                .put("eventVersion", "1.0")
                .put("eventID", SHARD + ":" + sequenceNumber)
                .put("eventName", "aws:kinesis:record")
                .put("invokeIdentityArn", "arn:aws:iam::000000000000:role/ctibridge-local")
                .put("awsRegion", "us-east-1")
                .put("eventSourceARN", SYNTHETIC_STREAM_ARN);
    }

    /** Connect partitions its contact-record stream by ContactId. */
    private static String partitionKey(byte[] data) {
        try {
            String contactId = JSON.readTree(data).path("ContactId").asText("");
            return contactId.isBlank() ? "unknown" : contactId;
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static KinesisEvent toEvent(JsonNode event) {
        try {
            return LambdaEventSerializers.serializerFor(KinesisEvent.class, ContactRecordBatches.class.getClassLoader())
                    .fromJson(new ByteArrayInputStream(bytes(event)));
        } catch (RuntimeException e) {
            // The runtime fails the invocation before the handler (bad base64, wrong types): so do we.
            throw new IllegalArgumentException(
                    "not a Kinesis event (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static byte[] bytes(ByteBuffer data) {
        ByteBuffer copy = data.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
