package io.ctibridge.reliability;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.ctibridge.local.KinesisRecords;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One shard of the contact-record stream and Lambda's poller on it: batches in sequence order; after a partial
 * failure the shard resumes from the lowest reported sequence number, so the records after it come again too.
 */
final class KinesisShard {

    private final List<KinesisEvent.KinesisEventRecord> records = new ArrayList<>();

    /** Puts a record on the shard; its sequence number. */
    String put(byte[] payload) {
        KinesisEvent.KinesisEventRecord record =
                KinesisRecords.record(records.size() + 1L, "partition-" + records.size(), payload);
        records.add(record);
        return record.getKinesis().getSequenceNumber();
    }

    int size() {
        return records.size();
    }

    /**
     * Delivers the whole shard in batches of {@code batchSize} until every record is through, giving up on a
     * position after {@code maxAttempts} deliveries of it (Lambda's MaximumRetryAttempts would then send a
     * pointer to the on-failure destination: counted, must be 0 here).
     */
    Delivered deliver(
            int batchSize,
            int maxAttempts,
            Function<KinesisEvent, StreamsEventResponse> handler,
            Runnable betweenAttempts) {
        int position = 0;
        int invocations = 0;
        int abandoned = 0;
        Map<Integer, Integer> attempts = new HashMap<>();
        while (position < records.size()) {
            List<KinesisEvent.KinesisEventRecord> batch =
                    records.subList(position, Math.min(records.size(), position + batchSize));
            KinesisEvent event = new KinesisEvent();
            event.setRecords(List.copyOf(batch));
            StreamsEventResponse response = handler.apply(event);
            invocations++;
            int failedAt = lowestFailure(batch, response);
            if (failedAt < 0) {
                position += batch.size();
                continue;
            }
            position += failedAt;
            if (attempts.merge(position, 1, Integer::sum) >= maxAttempts) {
                abandoned++;
                position++;
            }
            betweenAttempts.run();
        }
        return new Delivered(invocations, abandoned);
    }

    private static int lowestFailure(List<KinesisEvent.KinesisEventRecord> batch, StreamsEventResponse response) {
        if (response.getBatchItemFailures() == null
                || response.getBatchItemFailures().isEmpty()) {
            return -1;
        }
        BigInteger lowest = response.getBatchItemFailures().stream()
                .map(f -> new BigInteger(f.getItemIdentifier()))
                .min(BigInteger::compareTo)
                .orElseThrow();
        for (int i = 0; i < batch.size(); i++) {
            if (new BigInteger(batch.get(i).getKinesis().getSequenceNumber()).equals(lowest)) {
                return i;
            }
        }
        throw new IllegalStateException("the handler reported a sequence number not in the batch: " + lowest);
    }

    /** @param abandoned positions given up after the maximum attempts */
    record Delivered(int invocations, int abandoned) {}
}
