package io.ctibridge.calllog;

import io.ctibridge.core.calllog.CallLogSettings;
import io.ctibridge.core.calllog.CallLogger;
import io.ctibridge.core.calllog.ContactDescriber;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.wiring.FunctionEnvironment;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Builds the function's collaborators from the environment, once per execution environment. */
final class CallLogWiring {

    private CallLogWiring() {
    }

    static CallLogger callLogger(FunctionEnvironment environment) {
        return callLogger(environment, CallLogSettings.defaults());
    }

    /** The dead-letter queue on SQS, the batch's DynamoDB work on virtual threads. */
    static CallLogger callLogger(FunctionEnvironment environment, CallLogSettings settings) {
        SqsClient sqs = environment.aws().configure(SqsClient.builder()).build();
        return environment.callLogger(new SqsDeadLetters(sqs, environment.callLogDeadLetterQueueUrl()),
                Executors.newVirtualThreadPerTaskExecutor(), settings);
    }

    static ContactDescriber contactDescriber(FunctionEnvironment environment) {
        ConnectClient connect = environment.aws().configure(ConnectClient.builder()).build();
        return new ConnectContactDescriber(connect, JsonLog.stdout(ConnectContactDescriber.class));
    }
}
