package io.ctibridge.cli.calllog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactRecordBatchesTest {

    private final ContactRecordBatches batches =
            new ContactRecordBatches(Clock.fixed(Instant.parse("2026-11-25T16:00:00Z"), ZoneOffset.UTC));

    @Test
    void oneRecord_isWrappedAsLambdaDeliversIt_withItsBytesUnchanged() {
        byte[] ctr = "{ \"ContactId\": \"c-1\",  \"Channel\": \"VOICE\" }".getBytes(StandardCharsets.UTF_8);

        ContactRecordBatches.Batch batch = batches.read(ctr);

        KinesisEvent.KinesisEventRecord record = batch.event().getRecords().getFirst();
        assertArrayEquals(ctr, bytes(record.getKinesis().getData()));
        assertEquals("c-1", record.getKinesis().getPartitionKey());
        assertEquals("aws:kinesis", record.getEventSource());
        assertEquals(ContactRecordBatches.SYNTHETIC_STREAM_ARN, record.getEventSourceARN());
        assertEquals("shardId-000000000000:" + record.getKinesis().getSequenceNumber(), record.getEventID());
        assertEquals(
                Instant.parse("2026-11-25T16:00:00Z"),
                record.getKinesis().getApproximateArrivalTimestamp().toInstant());
        assertEquals(List.of(ctr), batch.contactRecords());
    }

    @Test
    void anArray_becomesOneKinesisRecordEach_withRisingSequenceNumbers() {
        ContactRecordBatches.Batch batch =
                batches.read("[{\"ContactId\":\"a\"},{\"ContactId\":\"b\"}]".getBytes(StandardCharsets.UTF_8));
        ContactRecordBatches.Batch next = batches.read("{\"ContactId\":\"c\"}".getBytes(StandardCharsets.UTF_8));

        List<KinesisEvent.KinesisEventRecord> records = batch.event().getRecords();
        assertEquals(
                List.of("a", "b"),
                records.stream().map(r -> r.getKinesis().getPartitionKey()).toList());
        BigInteger first = new BigInteger(records.get(0).getKinesis().getSequenceNumber());
        BigInteger second = new BigInteger(records.get(1).getKinesis().getSequenceNumber());
        BigInteger third =
                new BigInteger(next.event().getRecords().getFirst().getKinesis().getSequenceNumber());
        assertTrue(first.compareTo(second) < 0 && second.compareTo(third) < 0);
        assertEquals(56, first.toString().length());
    }

    @Test
    void aWholeKinesisEvent_isTakenAsItIs_withItsRecordsDecoded() {
        String event = """
                {"Records":[{"kinesis":{"partitionKey":"p","sequenceNumber":"7","data":"eyJDb250YWN0SWQiOiJ4In0="},
                  "eventSource":"aws:kinesis","eventID":"shardId-000000000001:7"}]}""";

        ContactRecordBatches.Batch batch = batches.read(event.getBytes(StandardCharsets.UTF_8));

        assertEquals(
                "shardId-000000000001:7", batch.event().getRecords().getFirst().getEventID());
        assertEquals(
                "{\"ContactId\":\"x\"}",
                new String(
                        bytes(batch.event().getRecords().getFirst().getKinesis().getData()), StandardCharsets.UTF_8));
        assertEquals(
                List.of("{\"ContactId\":\"x\"}"),
                batch.contactRecords().stream()
                        .map(data -> new String(data, StandardCharsets.UTF_8))
                        .toList());
    }

    @Test
    void anythingElse_isRefusedWithTheReason() {
        for (String body : List.of(
                "not json", "[]", "[1]", "\"text\"", "42", "{\"Records\":[{\"kinesis\":{\"data\":\"***\"}}]}")) {
            assertThrows(
                    IllegalArgumentException.class, () -> batches.read(body.getBytes(StandardCharsets.UTF_8)), body);
        }
    }

    private static byte[] bytes(ByteBuffer data) {
        ByteBuffer copy = data.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
