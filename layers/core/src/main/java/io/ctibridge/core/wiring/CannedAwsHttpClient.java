package io.ctibridge.core.wiring;

import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An AWS SDK HTTP client that answers DynamoDB and Secrets Manager from memory, for priming: the SDK's whole request
 * path (endpoint rules, marshalling, SigV4 signing, interceptors, response parsing) runs, and nothing is sent.
 * GetItem finds nothing, PutItem succeeds, GetSecretValue returns a synthetic pop-token key.
 */
final class CannedAwsHttpClient implements SdkHttpClient {

    private static final String SECRET_ANSWER = """
            {"ARN":"arn:aws:secretsmanager:us-east-1:000000000000:secret:priming","Name":"priming",\
            "VersionId":"priming-version","SecretString":"{\\"key\\":\\"priming-key-priming-key-priming-key-0\\"}",\
            "VersionStages":["AWSCURRENT"],"CreatedDate":1.7E9}""";

    private final AtomicInteger answered = new AtomicInteger();

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        String body = target.endsWith(".GetSecretValue") ? SECRET_ANSWER : "{}";
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                answered.incrementAndGet();
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(200)
                                .putHeader("Content-Type", "application/x-amz-json-1.0")
                                .putHeader("Content-Length", Integer.toString(bytes.length))
                                .build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes)))
                        .build();
            }

            @Override
            public void abort() {
            }
        };
    }

    /** Requests answered so far. */
    int answered() {
        return answered.get();
    }

    @Override
    public String clientName() {
        return "priming";
    }

    @Override
    public void close() {
    }
}
