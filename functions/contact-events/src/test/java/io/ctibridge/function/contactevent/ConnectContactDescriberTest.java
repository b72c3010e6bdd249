package io.ctibridge.function.contactevent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ctibridge.core.calllog.record.CallDetails;
import io.ctibridge.core.calllog.record.Recording;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.connect.model.AgentInfo;
import software.amazon.awssdk.services.connect.model.Contact;
import software.amazon.awssdk.services.connect.model.EndpointInfo;
import software.amazon.awssdk.services.connect.model.QueueInfo;
import software.amazon.awssdk.services.connect.model.RecordingInfo;

class ConnectContactDescriberTest {

    @Test
    void instanceId_isTheLastPartOfTheInstanceArn() {
        assertEquals(
                "9f4c2e1a-6b7d-4e3f-8a91-2c5d7e8f0a1b",
                ConnectContactDescriber.instanceId(
                        "arn:aws:connect:us-east-1:123456789012:instance/9f4c2e1a-6b7d-4e3f-8a91-2c5d7e8f0a1b"));
        assertEquals("9f4c2e1a", ConnectContactDescriber.instanceId("9f4c2e1a"), "an id passes as it is");
        assertThrows(IllegalArgumentException.class, () -> ConnectContactDescriber.instanceId(null));
    }

    @Test
    void details_takeTheRecordingsAndWorkDescribeContactGives_andWorkOutTheQueueWait() {
        Contact contact = Contact.builder()
                .systemEndpoint(EndpointInfo.builder().address("+18005550100").build())
                .queueInfo(QueueInfo.builder()
                        .enqueueTimestamp(Instant.parse("2026-11-24T16:20:17Z"))
                        .build())
                .agentInfo(AgentInfo.builder()
                        .connectedToAgentTimestamp(Instant.parse("2026-11-24T16:21:53Z"))
                        .afterContactWorkDuration(45)
                        .build())
                .recordings(RecordingInfo.builder()
                        .location("bucket/connect/ctibridge/CallRecordings/c-1.wav")
                        .status("AVAILABLE")
                        .storageType("S3")
                        .mediaStreamType("AUDIO")
                        .participantType("ALL")
                        .build())
                .build();

        CallDetails details = ConnectContactDescriber.details(contact);

        assertEquals("+18005550100", details.systemAddress());
        assertEquals(96, details.queueWaitSeconds());
        assertEquals(45, details.afterContactWorkSeconds());
        assertEquals(null, details.customerHoldSeconds(), "DescribeContact has no hold figures");
        assertEquals(
                Optional.of(new Recording(
                        "bucket/connect/ctibridge/CallRecordings/c-1.wav", "AVAILABLE", "S3", "AUDIO", "ALL", null)),
                details.recording());
    }

    @Test
    void details_ofAContactWithoutQueueAgentOrRecordings_areEmpty() {
        CallDetails details = ConnectContactDescriber.details(Contact.builder().build());

        assertEquals(List.of(), details.recordings());
        assertEquals(null, details.queueWaitSeconds());
        assertEquals(null, details.systemAddress());
    }
}
