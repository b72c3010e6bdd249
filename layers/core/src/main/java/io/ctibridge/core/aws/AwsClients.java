package io.ctibridge.core.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

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
    private DynamoDbClient dynamoDb;
    private SecretsManagerClient secretsManager;

    /** Clients for the given settings, with {@link #lambdaCredentials()} or, for a local endpoint, fixed ones. */
    public AwsClients(AwsSettings settings) {
        this(settings, settings.endpointOverride().isPresent() ? localCredentials() : lambdaCredentials());
    }

    /** Clients with the caller's credentials, e.g. the SDK's default chain for an operator's CLI. */
    public AwsClients(AwsSettings settings, AwsCredentialsProvider credentials) {
        this.settings = settings;
        this.credentials = credentials;
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

    /**
     * Applies these settings to the builder of any other service (Connect, SQS…), so that a function needing
     * one more client does not make the layer depend on that service's SDK module. The caller owns the client.
     */
    public <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> B configure(B builder) {
        settings.endpointOverride().ifPresent(builder::endpointOverride);
        return builder.region(settings.region())
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(settings.attemptTimeout())
                        .socketTimeout(settings.attemptTimeout()))
                .overrideConfiguration(o ->
                        o.apiCallAttemptTimeout(settings.attemptTimeout()).apiCallTimeout(settings.apiCallTimeout()));
    }

    @Override
    public synchronized void close() {
        if (dynamoDb != null) {
            dynamoDb.close();
        }
        if (secretsManager != null) {
            secretsManager.close();
        }
    }
}
