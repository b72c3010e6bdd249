package io.ctibridge.core.aws;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS SDK clients of one execution environment, each built on first use and then reused: a Lambda handler's
 * no-arg constructor makes one {@code AwsClients} and hands its clients to the classes that need them.
 *
 * <p>Every client gets the URL-connection HTTP client (no Apache or Netty on a function's classpath), the region
 * and timeouts of {@link AwsSettings}, and an explicit credentials provider, so that the SDK does not walk its
 * whole default chain during a cold start.
 */
public final class AwsClients implements AutoCloseable {

    private final AwsSettings settings;
    private final AwsCredentialsProvider credentials;
    private final List<ExecutionInterceptor> interceptors;
    private final SdkHttpClient http;
    private final boolean sdkDefaults;
    private DynamoDbClient dynamoDb;
    private SecretsManagerClient secretsManager;
    private SqsClient sqs;
    private S3Client s3;

    /** Clients for the given settings, with {@link #lambdaCredentials()} or, for a local endpoint, fixed ones. */
    public AwsClients(AwsSettings settings) {
        this(settings, settings.endpointOverride().isPresent() ? localCredentials() : lambdaCredentials());
    }

    /** Clients with the caller's credentials, e.g. the SDK's default chain for an operator's CLI. */
    public AwsClients(AwsSettings settings, AwsCredentialsProvider credentials) {
        this(settings, credentials, List.of(), null, false);
    }

    private AwsClients(
            AwsSettings settings,
            AwsCredentialsProvider credentials,
            List<ExecutionInterceptor> interceptors,
            SdkHttpClient http,
            boolean sdkDefaults) {
        this.settings = settings;
        this.credentials = credentials;
        this.interceptors = List.copyOf(interceptors);
        this.http = http;
        this.sdkDefaults = sdkDefaults;
    }

    /**
     * Clients as a function is usually built when nobody looked at its cold start: the SDK's own HTTP client,
     * region and credentials chains, no timeouts; only the endpoint override is kept. The benchmarks' naive
     * baseline, never a deployed function.
     */
    public static AwsClients sdkDefaults(AwsSettings settings) {
        return new AwsClients(settings, null, List.of(), null, true);
    }

    /** New clients on {@code transport} instead of the URL-connection client (memory, for SnapStart priming). */
    public AwsClients withHttpClient(SdkHttpClient transport) {
        return new AwsClients(settings, credentials, interceptors, transport, sdkDefaults);
    }

    /**
     * New clients whose every call also runs through {@code interceptor}: a harness times calls or fails chosen ones
     * (the reliability suite's crash between the Task and its ledger write) without touching the services.
     */
    public AwsClients withInterceptor(ExecutionInterceptor interceptor) {
        List<ExecutionInterceptor> more = new ArrayList<>(interceptors);
        more.add(interceptor);
        return new AwsClients(settings, credentials, more, http, sdkDefaults);
    }

    public static AwsClients fromEnvironment() {
        return new AwsClients(AwsSettings.fromEnvironment());
    }

    /**
     * Lambda's credentials: the access-key environment variables of an ordinary function, else the container
     * endpoint. A SnapStart function is restored without the environment variables and gets its credentials
     * from {@code AWS_CONTAINER_CREDENTIALS_FULL_URI}, so the environment must not be the only source.
     */
    public static AwsCredentialsProvider lambdaCredentials() {
        return AwsCredentialsProviderChain.builder()
                .credentialsProviders(
                        EnvironmentVariableCredentialsProvider.create(),
                        ContainerCredentialsProvider.builder().build())
                .build();
    }

    /** What a local stand-in accepts; never valid against AWS. */
    public static AwsCredentialsProvider localCredentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    }

    public AwsSettings settings() {
        return settings;
    }

    public synchronized DynamoDbClient dynamoDb() {
        if (dynamoDb == null) {
            dynamoDb = configure(DynamoDbClient.builder()).build();
        }
        return dynamoDb;
    }

    public synchronized SecretsManagerClient secretsManager() {
        if (secretsManager == null) {
            secretsManager = configure(SecretsManagerClient.builder()).build();
        }
        return secretsManager;
    }

    /** The dead-letter queue's client. */
    public synchronized SqsClient sqs() {
        if (sqs == null) {
            sqs = configure(SqsClient.builder()).build();
        }
        return sqs;
    }

    /**
     * Contact Lens' bucket. Path-style addressing against a local endpoint (moto answers on one host, not on
     * {@code bucket.host}); virtual-hosted, the SDK's default, against AWS.
     */
    public synchronized S3Client s3() {
        if (s3 == null) {
            s3 = configure(S3Client.builder())
                    .forcePathStyle(settings.endpointOverride().isPresent())
                    .build();
        }
        return s3;
    }

    /**
     * Applies these settings to the builder of any other service (Connect, SQS…), so that a function needing
     * one more client does not make the layer depend on that service's SDK module. The caller owns the client.
     */
    public <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> B configure(B builder) {
        settings.endpointOverride().ifPresent(builder::endpointOverride);
        if (sdkDefaults) {
            return builder;
        }
        builder.region(settings.region())
                .credentialsProvider(credentials)
                .overrideConfiguration(o -> o.apiCallAttemptTimeout(settings.attemptTimeout())
                        .apiCallTimeout(settings.apiCallTimeout())
                        .executionInterceptors(interceptors));
        if (http != null) {
            return builder.httpClient(http);
        }
        return builder.httpClientBuilder(UrlConnectionHttpClient.builder()
                .connectionTimeout(settings.attemptTimeout())
                .socketTimeout(settings.attemptTimeout()));
    }

    @Override
    public synchronized void close() {
        if (dynamoDb != null) {
            dynamoDb.close();
        }
        if (secretsManager != null) {
            secretsManager.close();
        }
        if (sqs != null) {
            sqs.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }
}
