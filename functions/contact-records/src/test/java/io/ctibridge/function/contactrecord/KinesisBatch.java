package io.ctibridge.function.contactrecord;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.ctibridge.local.KinesisRecords;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Kinesis batches as Lambda hands them to the handler: records of one shard in sequence-number order, the
 * data already decoded from base64. Redeliveries keep the records' sequence numbers, as Kinesis does.
 */
public final class KinesisBatch {

    private static final AtomicLong NEXT = new AtomicLong();

    private KinesisBatch() {}

    public static KinesisEvent of(List<byte[]> payloads) {
        List<KinesisEvent.KinesisEventRecord> records = new ArrayList<>();
        for (byte[] payload : payloads) {
            long position = NEXT.incrementAndGet();
            records.add(KinesisRecords.record(position, "partition-" + position, payload));
        }
        KinesisEvent event = new KinesisEvent();
        event.setRecords(records);
        return event;
    }

    public static KinesisEvent ofCtrs(List<Ctr> ctrs) {
        return of(ctrs.stream().map(Ctr::json).toList());
    }

    /**
     * What Lambda delivers after a partial failure: the batch again from the lowest reported sequence number on
     * (a shard is processed in order, so everything after it comes again too).
     */
    public static KinesisEvent redeliveryAfter(KinesisEvent batch, StreamsEventResponse response) {
        BigInteger first = response.getBatchItemFailures().stream()
                .map(failure -> new BigInteger(failure.getItemIdentifier()))
                .min(BigInteger::compareTo)
                .orElseThrow(() -> new IllegalArgumentException("nothing failed"));
        KinesisEvent again = new KinesisEvent();
        again.setRecords(batch.getRecords().stream()
                .filter(r -> new BigInteger(r.getKinesis().getSequenceNumber()).compareTo(first) >= 0)
                .toList());
        return again;
    }

    public static Set<String> failedSequenceNumbers(StreamsEventResponse response) {
        return response.getBatchItemFailures().stream()
                .map(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .collect(Collectors.toSet());
    }

    public static String sequenceNumber(KinesisEvent batch, int index) {
        return batch.getRecords().get(index).getKinesis().getSequenceNumber();
    }
}
