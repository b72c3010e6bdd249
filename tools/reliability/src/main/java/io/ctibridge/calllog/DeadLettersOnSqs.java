package io.ctibridge.calllog;

import io.ctibridge.core.calllog.DeadLetters;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The call logger's own SQS dead-letter writer, for the reliability suite that wires the logger around a ledger
 * that crashes on purpose. Lives in the function's package because the writer is package-private there: the suite
 * must put dead letters in the same shape as the function, not a copy of it.
 */
public final class DeadLettersOnSqs {

    private DeadLettersOnSqs() {}

    public static DeadLetters of(SqsClient sqs, String queueUrl) {
        return new SqsDeadLetters(sqs, queueUrl);
    }
}
