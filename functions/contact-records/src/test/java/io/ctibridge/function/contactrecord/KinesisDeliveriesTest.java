package io.ctibridge.function.contactrecord;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import io.ctibridge.core.calllog.record.ContactRecordParser;
import io.ctibridge.core.calllog.record.Delivery;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class KinesisDeliveriesTest {

    private final ContactRecordParser parser = new ContactRecordParser();

    @Test
    void read_namesEachDeliveryBySequenceNumber_andClaimsItByEventId() {
        Ctr call = Ctr.answered("+14155550123");
        KinesisEvent batch = KinesisBatch.ofCtrs(List.of(call));
        KinesisEvent.KinesisEventRecord record = batch.getRecords().getFirst();

        Delivery.Readable delivery = assertInstanceOf(
                Delivery.Readable.class, KinesisDeliveries.read(batch, parser).getFirst());

        assertEquals(record.getKinesis().getSequenceNumber(), delivery.itemId());
        assertEquals("kinesis:" + record.getEventID(), delivery.claimant());
        assertEquals(call.contactId(), delivery.contact().contactId());
        assertEquals("kinesis", delivery.payload().source());
        assertEquals(record.getEventID(), delivery.payload().metadata().get("eventID"));
        assertEquals(
                record.getKinesis().getPartitionKey(),
                delivery.payload().metadata().get("partitionKey"));
        assertArrayEquals(call.json(), delivery.payload().body());
    }

    @Test
    void read_keepsTheBytesOfAnUnreadableRecord_andSaysWhy() {
        byte[] garbage = "{oops".getBytes(StandardCharsets.UTF_8);
        KinesisEvent batch = KinesisBatch.of(List.of(garbage));

        Delivery.Unreadable delivery = assertInstanceOf(
                Delivery.Unreadable.class, KinesisDeliveries.read(batch, parser).getFirst());

        assertEquals("not JSON (line 1, column 2)", delivery.reason());
        assertArrayEquals(garbage, delivery.payload().body());
    }

    @Test
    void read_doesNotConsumeTheRecordsBuffer() {
        KinesisEvent batch = KinesisBatch.ofCtrs(List.of(Ctr.answered("+14155550123")));

        KinesisDeliveries.read(batch, parser);

        assertInstanceOf(
                Delivery.Readable.class,
                KinesisDeliveries.read(batch, parser).getFirst(),
                "a second read (a retry inside the same invocation) still sees the data");
    }

    @Test
    void read_treatsARecordWithoutDataAsUnreadable() {
        KinesisEvent batch = KinesisBatch.of(List.of(new byte[0]));
        batch.getRecords().getFirst().getKinesis().setData(null);

        Delivery.Unreadable delivery = assertInstanceOf(
                Delivery.Unreadable.class, KinesisDeliveries.read(batch, parser).getFirst());

        assertEquals("record has no data", delivery.reason());
    }

    @Test
    void read_acceptsAnEmptyEvent() {
        assertEquals(List.of(), KinesisDeliveries.read(new KinesisEvent(), parser));
        assertEquals(List.of(), KinesisDeliveries.read(null, parser));
    }
}
