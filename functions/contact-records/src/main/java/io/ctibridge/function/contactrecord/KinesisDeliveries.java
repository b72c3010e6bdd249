package io.ctibridge.function.contactrecord;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import io.ctibridge.core.calllog.record.ContactRecordParser;
import io.ctibridge.core.calllog.record.Delivery;
import io.ctibridge.core.calllog.record.SourcePayload;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The records of a Kinesis batch as call-log deliveries. The Lambda runtime has already decoded each record's
 * base64 {@code data}; what it holds is Connect's contact record as JSON, or anything else a producer put there.
 * A record's sequence number is what {@code batchItemFailures} names; its event id (shard and sequence number)
 * names the delivery in the ledger, the same on every redelivery.
 */
final class KinesisDeliveries {

    static final String SOURCE = "kinesis";

    private KinesisDeliveries() {}

    static List<Delivery> read(KinesisEvent event, ContactRecordParser parser) {
        List<Delivery> deliveries = new ArrayList<>();
        if (event == null || event.getRecords() == null) {
            return deliveries;
        }
        for (KinesisEvent.KinesisEventRecord record : event.getRecords()) {
            KinesisEvent.Record kinesis = record.getKinesis();
            String sequenceNumber = kinesis.getSequenceNumber();
            String claimant = SOURCE + ":" + Objects.requireNonNullElse(record.getEventID(), sequenceNumber);
            SourcePayload payload = new SourcePayload(SOURCE, metadata(record), bytes(kinesis.getData()));
            deliveries.add(
                    kinesis.getData() == null
                            ? new Delivery.Unreadable(sequenceNumber, claimant, "record has no data", payload)
                            : Delivery.of(sequenceNumber, claimant, payload, parser));
        }
        return deliveries;
    }

    /** Where the record sits in its stream, so that an operator can find it there as well. */
    private static Map<String, String> metadata(KinesisEvent.KinesisEventRecord record) {
        KinesisEvent.Record kinesis = record.getKinesis();
        Map<String, String> metadata = new LinkedHashMap<>();
        putIfPresent(metadata, "eventID", record.getEventID());
        putIfPresent(metadata, "eventSourceARN", record.getEventSourceARN());
        putIfPresent(metadata, "sequenceNumber", kinesis.getSequenceNumber());
        putIfPresent(metadata, "partitionKey", kinesis.getPartitionKey());
        if (kinesis.getApproximateArrivalTimestamp() != null) {
            metadata.put(
                    "approximateArrivalTimestamp",
                    kinesis.getApproximateArrivalTimestamp().toInstant().toString());
        }
        return metadata;
    }

    private static byte[] bytes(ByteBuffer data) {
        if (data == null) {
            return new byte[0];
        }
        ByteBuffer copy = data.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }

    private static void putIfPresent(Map<String, String> metadata, String key, String value) {
        if (value != null) {
            metadata.put(key, value);
        }
    }
}
