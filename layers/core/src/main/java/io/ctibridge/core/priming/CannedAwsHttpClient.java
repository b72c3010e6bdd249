package io.ctibridge.core.priming;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;

/**
 * An AWS SDK HTTP client that answers from memory, for priming: the SDK's whole request path (endpoint rules,
 * marshalling, SigV4 signing, interceptors, response parsing) runs, and nothing is sent. What it answers is
 * {@link CannedAwsAnswers}' job.
 */
public final class CannedAwsHttpClient implements SdkHttpClient {

    /** Signing runs on these; this client never sends a request they could authorise. */
    private static final StaticCredentialsProvider PRIMING_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming"));

    private final CannedAwsAnswers answers;
    private final AtomicInteger answered = new AtomicInteger();

    public CannedAwsHttpClient(CannedAwsAnswers answers) {
        this.answers = Objects.requireNonNull(answers, "answers");
    }

    /**
     * A client of any AWS service on this transport, with a fixed region and synthetic credentials (never the
     * function's own: nothing here may depend on them). The caller closes it.
     */
    public <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C client(B builder) {
        return builder.region(Region.US_EAST_1)
                .credentialsProvider(PRIMING_CREDENTIALS)
                .httpClient(this)
                .build();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String body = answers.bodyFor(request.httpRequest(), requestBody(request));
        // JSON-RPC services (DynamoDB, Secrets Manager) name the operation in a header; REST ones (Connect) do not.
        String contentType =
                request.httpRequest().firstMatchingHeader("X-Amz-Target").isPresent()
                        ? "application/x-amz-json-1.0"
                        : "application/json";
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                answered.incrementAndGet();
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder()
                                .statusCode(200)
                                .putHeader("Content-Type", contentType)
                                .putHeader("Content-Length", Integer.toString(bytes.length))
                                .build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes)))
                        .build();
            }

            @Override
            public void abort() {}
        };
    }

    private static byte[] requestBody(HttpExecuteRequest request) {
        return request.contentStreamProvider()
                .map(provider -> {
                    try (var in = provider.newStream()) {
                        return in.readAllBytes();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .orElse(new byte[0]);
    }

    /** Requests answered so far. */
    public int answered() {
        return answered.get();
    }

    @Override
    public String clientName() {
        return "priming";
    }

    @Override
    public void close() {}
}
