package io.ctibridge.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** Reads the call log's dead-letter queue on moto, as an operator's replay tool would. */
final class DeadLetterQueue {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqsClient sqs;
    private final String queueUrl;

    DeadLetterQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    /** Every message in the queue, each removed once read. */
    List<JsonNode> drain() {
        List<JsonNode> letters = new ArrayList<>();
        for (int round = 0; round < 10_000; round++) {
            List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .messageAttributeNames("All").waitTimeSeconds(0)).messages();
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
            return JSON.readTree(message.body());
        } catch (IOException e) {
            throw new IllegalStateException("a dead letter is not JSON", e);
        }
    }
}
