package io.ctibridge.calllog;

import io.ctibridge.core.calllog.CallLogSettings;
import io.ctibridge.core.calllog.CallLogger;
import io.ctibridge.core.wiring.FunctionEnvironment;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Builds the call log's collaborators from the environment, once per execution environment (both call-log functions). */
final class CallLogWiring {

    private CallLogWiring() {}

    static CallLogger callLogger(FunctionEnvironment environment) {
        return callLogger(environment, CallLogSettings.defaults());
    }

    /** The dead-letter queue on SQS, the batch's DynamoDB work on virtual threads. */
    static CallLogger callLogger(FunctionEnvironment environment, CallLogSettings settings) {
        SqsClient sqs = environment.aws().configure(SqsClient.builder()).build();
        return environment.callLogger(
                new SqsDeadLetters(sqs, environment.callLogDeadLetterQueueUrl()),
                Executors.newVirtualThreadPerTaskExecutor(),
                settings);
    }
}
