package io.ctibridge.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** Reads the call log's dead-letter queue on moto, as an operator's replay tool would. */
public final class DeadLetterQueueReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqsClient sqs;
    private final String queueUrl;

    public DeadLetterQueueReader(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    /** Every message in the queue, each removed once read. */
    public List<JsonNode> drain() {
        List<JsonNode> letters = new ArrayList<>();
        for (int round = 0; round < 10_000; round++) {
            List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl)
                            .maxNumberOfMessages(10)
                            .messageAttributeNames("All")
                            .waitTimeSeconds(0))
                    .messages();
            if (messages.isEmpty()) {
                return letters;
            }
            for (Message message : messages) {
                letters.add(parse(message));
                sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            }
        }
        throw new IllegalStateException("the dead-letter queue does not empty");
    }

    private static JsonNode parse(Message message) {
        try {
            JsonNode body = JSON.readTree(message.body());
            if (!message.messageAttributes()
                    .get("reason")
                    .stringValue()
                    .equals(body.path("reason").asText())) {
                throw new IllegalStateException("the reason attribute and the body disagree");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a dead letter is not JSON", e);
        }
    }
}
