package io.ctibridge.core.calllog.deadletter;

/** Where deliveries the call log cannot use go (an SQS queue in AWS). */
@FunctionalInterface
public interface DeadLetterQueue {

    /**
     * Stores the letter durably before returning.
     *
     * @throws RuntimeException when it could not be stored; the delivery is then retried, never dropped
     */
    void send(DeadLetter letter);
}
