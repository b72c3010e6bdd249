package io.ctibridge.calllog;

import io.ctibridge.bench.NaiveWiring;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.wiring.FunctionEnvironment;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The call-log handlers built the naive way ({@link NaiveWiring}) for the cold-start baseline. In the handlers'
 * package, as their tests are, because the dead-letter queue and the Connect describer they need are
 * package-private there: the functions keep them so, and the baseline must use the very same classes.
 */
public final class NaiveCallLogHandlers {

    private NaiveCallLogHandlers() {}

    public static ContactRecordHandler contactRecords(NaiveWiring naive) {
        return new ContactRecordHandler(
                naive.callLogger(deadLetters(naive)), JsonLog.stdout(ContactRecordHandler.class));
    }

    public static ContactEventHandler contactEvents(NaiveWiring naive) {
        ConnectClient connect = naive.client(ConnectClient.builder());
        return new ContactEventHandler(
                naive.callLogger(deadLetters(naive)),
                new ConnectContactDescriber(connect, JsonLog.stdout(ConnectContactDescriber.class)),
                JsonLog.stdout(ContactEventHandler.class));
    }

    private static SqsDeadLetters deadLetters(NaiveWiring naive) {
        SqsClient sqs = naive.client(SqsClient.builder());
        return new SqsDeadLetters(sqs, naive.required(FunctionEnvironment.CALL_LOG_DLQ_URL));
    }
}
