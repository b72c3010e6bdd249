package io.ctibridge.core.calllog.deadletter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * The dead-letter queue on SQS. One message per letter: a JSON document with the reason, where the delivery came
 * from and the delivery itself, as text when it is UTF-8 (a contact record's JSON, kept byte for byte) or as
 * base64 when it is not. The reason and source are message attributes too, for filtering.
 */
public final class SqsDeadLetterQueue implements DeadLetterQueue {

    /** SQS's message size limit. */
    static final int MAX_MESSAGE_BYTES = 256 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsDeadLetterQueue(SqsClient sqs, String queueUrl) {
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
    }

    @Override
    public void send(DeadLetter letter) {
        String body = body(letter, true);
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_MESSAGE_BYTES) {
            // Too big for SQS: keep where it is in its source instead, which the metadata says.
            body = body(letter, false);
        }
        String message = body;
        sqs.sendMessage(r -> r.queueUrl(queueUrl)
                .messageBody(message)
                .messageAttributes(Map.of(
                        "reason", text(letter.reason().name()),
                        "source", text(letter.payload().source()))));
    }

    private static String body(DeadLetter letter, boolean withPayload) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("reason", letter.reason().name());
        document.put("detail", letter.detail());
        document.put("contactId", letter.contactId());
        document.put("itemId", letter.itemId());
        document.put("source", letter.payload().source());
        document.put("metadata", letter.payload().metadata());
        document.put("failedAt", letter.failedAt().toString());
        byte[] payload = letter.payload().body();
        if (!withPayload) {
            document.put("payloadOmitted", "larger than an SQS message; read it from the source");
        } else {
            String text = utf8(payload);
            if (text != null) {
                document.put("payload", text);
            } else {
                document.put("payloadBase64", Base64.getEncoder().encodeToString(payload));
            }
        }
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a dead letter", e);
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notText) {
            return null;
        }
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(value)
                .build();
    }
}
