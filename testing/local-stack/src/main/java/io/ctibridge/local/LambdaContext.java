package io.ctibridge.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * One invocation's context as Lambda gives it, for handlers run in-process: the remaining time counts down from the
 * function's timeout, and each invocation has its own request id.
 */
public final class LambdaContext implements Context {

    private final String functionName;
    private final long endsAtNanos;
    private final String requestId = UUID.randomUUID().toString();

    public LambdaContext(String functionName, Duration timeout) {
        this.functionName = functionName;
        this.endsAtNanos = System.nanoTime() + timeout.toNanos();
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, (endsAtNanos - System.nanoTime()) / 1_000_000);
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "1";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:123456789012:function:" + functionName + ":live";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                System.out.print(message);
            }

            @Override
            public void log(byte[] message) {
                System.out.print(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
