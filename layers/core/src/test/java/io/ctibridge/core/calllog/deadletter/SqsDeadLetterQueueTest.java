package io.ctibridge.core.calllog.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.calllog.record.SourcePayload;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;

class SqsDeadLetterQueueTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Records what would be sent; SQS itself is exercised in the ITs against moto. */
    private static final class RecordingSqs implements SqsClient {
        final List<SendMessageRequest> sent = new ArrayList<>();

        @Override
        public SendMessageResponse sendMessage(SendMessageRequest request) {
            sent.add(request);
            return SendMessageResponse.builder().messageId("m-" + sent.size()).build();
        }

        @Override
        public String serviceName() {
            return "sqs";
        }

        @Override
        public void close() {}
    }

    private final RecordingSqs sqs = new RecordingSqs();
    private final SqsDeadLetterQueue deadLetters =
            new SqsDeadLetterQueue(sqs, "https://sqs.us-east-1.amazonaws.com/123/dlq");

    @Test
    void send_keepsATextPayloadByteForByte_withReasonAndOrigin() throws Exception {
        String record = "{\"ContactId\":\"c-1\",  \"Channel\":\"VOICE\"}";

        deadLetters.send(letter(record.getBytes(StandardCharsets.UTF_8)));

        SendMessageRequest request = sqs.sent.getFirst();
        JsonNode body = JSON.readTree(request.messageBody());
        assertEquals("https://sqs.us-east-1.amazonaws.com/123/dlq", request.queueUrl());
        assertEquals("SALESFORCE_REJECTED", body.path("reason").asText());
        assertEquals(
                "FIELD_CUSTOM_VALIDATION_EXCEPTION: Calls need a product line",
                body.path("detail").asText());
        assertEquals("c-1", body.path("contactId").asText());
        assertEquals("seq-1", body.path("itemId").asText());
        assertEquals("kinesis", body.path("source").asText());
        assertEquals(
                "shardId-000000000000:seq-1",
                body.path("metadata").path("eventID").asText());
        assertEquals(record, body.path("payload").asText());
        assertEquals(
                "SALESFORCE_REJECTED", request.messageAttributes().get("reason").stringValue());
        assertEquals("kinesis", request.messageAttributes().get("source").stringValue());
    }

    @Test
    void send_encodesABinaryPayloadInBase64() throws Exception {
        byte[] binary = {(byte) 0xF3, (byte) 0x89, (byte) 0x9A, (byte) 0xC2, 0, 1, 2};

        deadLetters.send(letter(binary));

        JsonNode body = JSON.readTree(sqs.sent.getFirst().messageBody());
        assertFalse(body.has("payload"));
        assertEquals(
                Base64.getEncoder().encodeToString(binary),
                body.path("payloadBase64").asText());
    }

    @Test
    void send_leavesOutAPayloadTooBigForSqs_butKeepsWhereToFindIt() throws Exception {
        byte[] huge = ("{\"x\":\"" + "a".repeat(SqsDeadLetterQueue.MAX_MESSAGE_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        deadLetters.send(letter(huge));

        JsonNode body = JSON.readTree(sqs.sent.getFirst().messageBody());
        assertTrue(body.has("payloadOmitted"));
        assertEquals("seq-1", body.path("metadata").path("sequenceNumber").asText());
        assertTrue(sqs.sent.getFirst().messageBody().length() < SqsDeadLetterQueue.MAX_MESSAGE_BYTES);
    }

    private static DeadLetter letter(byte[] body) {
        return new DeadLetter(
                DeadLetter.Reason.SALESFORCE_REJECTED,
                "FIELD_CUSTOM_VALIDATION_EXCEPTION: Calls need a product line",
                "c-1",
                "seq-1",
                new SourcePayload(
                        "kinesis", Map.of("eventID", "shardId-000000000000:seq-1", "sequenceNumber", "seq-1"), body),
                Instant.parse("2026-11-25T10:00:00Z"));
    }
}
