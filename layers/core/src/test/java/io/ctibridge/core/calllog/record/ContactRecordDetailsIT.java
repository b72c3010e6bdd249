package io.ctibridge.core.calllog.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The waits, holds, transfers and recordings a contact record carries, read from the samples as Kinesis has them. */
/** An IT: it reads the repository's samples, which sam build's copy of the module lacks. */
class ContactRecordDetailsIT {

    private static final Path SAMPLES = Path.of("../../events/kinesis");
    private final ContactRecordParser parser = new ContactRecordParser();

    @Test
    void theVersionAfterAfterContactWork_carriesHoldsWorkAndTheRecording() throws Exception {
        ContactRecord record = parser.parse(ctr("ctr-recorded-after-acw.json", 0));
        CallDetails details = record.details();

        assertEquals("+18005550100", details.systemAddress());
        assertEquals(96, details.queueWaitSeconds());
        assertEquals("Basic Routing Profile", details.routingProfile());
        assertEquals(504, details.agentInteractionSeconds());
        assertEquals(95, details.customerHoldSeconds());
        assertEquals(60, details.longestHoldSeconds());
        assertEquals(2, details.numberOfHolds());
        assertEquals(45, details.afterContactWorkSeconds());
        assertFalse(details.transferredOut());
        assertEquals(2, details.recordings().size(), "the older Recording object and the Recordings entry");
        Recording recording = details.recording().orElseThrow();
        assertEquals(
                "amazon-connect-ctibridge/connect/ctibridge/CallRecordings/2026/11/24/"
                        + "8b2d4f61-3c7e-4a19-9d25-6e1f0a7c3b58_20261124T16:20_UTC.wav",
                recording.location());
        assertEquals("AVAILABLE", recording.status());
        assertEquals("S3", details.recordings().get(1).storageType());
        assertEquals("ALL", details.recordings().get(1).participantType());
    }

    @Test
    void theVersionBeforeAfterContactWork_hasNoRecordingYet_andNoWorkDuration() throws Exception {
        ContactRecord record = parser.parse(ctr("ctr-recorded-before-acw.json", 0));

        assertEquals(List.of(), record.details().recordings());
        assertEquals(Optional.empty(), record.details().recording());
        assertNull(record.details().afterContactWorkSeconds());
        assertEquals(95, record.details().customerHoldSeconds());
    }

    @Test
    void aTransferredLeg_saysWhereItWent() throws Exception {
        ContactRecord first = parser.parse(ctr("ctr-transfer.json", 0));
        ContactRecord second = parser.parse(ctr("ctr-transfer.json", 1));

        assertTrue(first.details().transferredOut(), "TransferCompletedTimestamp and NextContactId");
        assertEquals(Instant.parse("2026-11-24T16:04:40Z"), first.details().transferCompletedTimestamp());
        assertEquals("e5a90c3b-7d14-4e28-8f6a-3b1d2c9e7f05", first.details().nextContactId());
        assertNull(first.details().transferredToAddress(), "TransferredToEndpoint.Address is null in the sample");
        assertFalse(second.details().transferredOut());
    }

    @Test
    void anAbandonedCall_hasNoAgentFigures_andNoRecording() throws Exception {
        CallDetails details = parser.parse(ctr("ctr-abandoned.json", 0)).details();

        assertEquals(157, details.queueWaitSeconds());
        assertNull(details.customerHoldSeconds());
        assertNull(details.afterContactWorkSeconds());
        assertEquals(Optional.empty(), details.recording());
    }

    @Test
    void aDeletedRecording_orOneInKinesisVideo_isNotOneToLink() throws Exception {
        String json = """
                {"ContactId":"c-1","InitiationTimestamp":"2026-11-24T15:02:10Z",
                 "Recording":{"Location":"b/connect/x/CallRecordings/c-1.wav","Status":"DELETED","Type":"AUDIO",
                              "DeletionReason":"GDPR request"},
                 "Recordings":[{"Location":"arn:aws:kinesisvideo:us-east-1:1:stream/s","Status":"AVAILABLE",
                                "StorageType":"KINESIS_VIDEO_STREAM","MediaStreamType":"AUDIO"}]}""";

        CallDetails details =
                parser.parse(json.getBytes(StandardCharsets.UTF_8)).details();

        assertEquals(2, details.recordings().size());
        assertEquals("GDPR request", details.recordings().getFirst().deletionReason());
        assertEquals(Optional.empty(), details.recording());
    }

    @Test
    void figuresOfTheWrongShape_areUnknown_notAReasonToRefuseTheRecord() throws Exception {
        String json = """
                {"ContactId":"c-1","InitiationTimestamp":"2026-11-24T15:02:10Z",
                 "Agent":{"CustomerHoldDuration":"ninety","NumberOfHolds":-1,"LongestHoldDuration":12.6},
                 "Queue":{"Duration":null},"TransferCompletedTimestamp":"yesterday","Recordings":"none"}""";

        CallDetails details =
                parser.parse(json.getBytes(StandardCharsets.UTF_8)).details();

        assertNull(details.customerHoldSeconds());
        assertNull(details.numberOfHolds());
        assertEquals(13, details.longestHoldSeconds());
        assertNull(details.queueWaitSeconds());
        assertNull(details.transferCompletedTimestamp());
        assertEquals(List.of(), details.recordings());
    }

    @Test
    void theConstructorWithoutDetails_andTheCopies_keepWhatTheyShould() throws Exception {
        ContactRecord record = parser.parse(ctr("ctr-recorded-after-acw.json", 0));

        assertEquals(
                record.details(), record.withSource(RecordSource.CONTACT_EVENT).details());
        assertEquals(
                RecordSource.CONTACT_EVENT,
                record.withSource(RecordSource.CONTACT_EVENT).source());
        assertEquals(CallDetails.NONE, record.withDetails(null).details());
    }

    /** The CTR of the {@code index}th Kinesis record of a sample, decoded as Lambda hands it over. */
    static byte[] ctr(String sample, int index) throws Exception {
        JsonNode event = new ObjectMapper().readTree(Files.readString(SAMPLES.resolve(sample)));
        return Base64.getDecoder()
                .decode(event.path("Records")
                        .get(index)
                        .path("kinesis")
                        .path("data")
                        .asText());
    }
}
