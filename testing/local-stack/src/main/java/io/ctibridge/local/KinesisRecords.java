package io.ctibridge.local;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Date;

/** Kinesis records shaped as Lambda delivers them from the contact-record stream, for handlers run in-process. */
public final class KinesisRecords {

    public static final String STREAM_ARN = "arn:aws:kinesis:us-east-1:123456789012:stream/ctibridge-contact-records";
    private static final String SHARD = "shardId-000000000000";
    /** Real sequence numbers are 56-digit decimals that grow along the shard. */
    private static final BigInteger BASE = new BigInteger("49657120431239184529373852813498113095471532830925783042");

    private KinesisRecords() {}

    /** The record at {@code position} (1, 2, …) on the shard: later positions get larger sequence numbers. */
    public static KinesisEvent.KinesisEventRecord record(long position, String partitionKey, byte[] payload) {
        String sequenceNumber = BASE.add(BigInteger.valueOf(position * 16)).toString();
        KinesisEvent.Record kinesis = new KinesisEvent.Record();
        kinesis.setKinesisSchemaVersion("1.0");
        kinesis.setPartitionKey(partitionKey);
        kinesis.setSequenceNumber(sequenceNumber);
        kinesis.setData(ByteBuffer.wrap(payload));
        kinesis.setApproximateArrivalTimestamp(new Date());
        KinesisEvent.KinesisEventRecord record = new KinesisEvent.KinesisEventRecord();
        record.setKinesis(kinesis);
        record.setEventSource("aws:kinesis");
        record.setEventID(SHARD + ":" + sequenceNumber);
        record.setEventName("aws:kinesis:record");
        record.setEventSourceARN(STREAM_ARN);
        record.setAwsRegion("us-east-1");
        return record;
    }
}
