package io.ctibridge.testkit;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/**
 * Real AWS SDK v2 clients aimed at a local endpoint (usually {@link MotoServer#endpoint()}): fake static
 * credentials, region {@code us-east-1}, the URL-connection HTTP client and short timeouts, so that a test
 * against a stopped server fails in seconds instead of hanging.
 *
 * <p>The builder methods leave room for a test to change something before {@code build()}.
 */
public final class AwsTestClients {

    public static final Region REGION = Region.US_EAST_1;
    public static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(15);

    private AwsTestClients() {}

    public static DynamoDbClient dynamoDb(URI endpoint) {
        return dynamoDbBuilder(endpoint).build();
    }

    public static DynamoDbClientBuilder dynamoDbBuilder(URI endpoint) {
        return local(DynamoDbClient.builder(), endpoint);
    }

    public static SecretsManagerClient secretsManager(URI endpoint) {
        return secretsManagerBuilder(endpoint).build();
    }

    public static SecretsManagerClientBuilder secretsManagerBuilder(URI endpoint) {
        return local(SecretsManagerClient.builder(), endpoint);
    }

    public static SqsClient sqs(URI endpoint) {
        return sqsBuilder(endpoint).build();
    }

    public static SqsClientBuilder sqsBuilder(URI endpoint) {
        return local(SqsClient.builder(), endpoint);
    }

    private static <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B local(B builder, URI endpoint) {
        return builder.endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(CREDENTIALS)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(API_CALL_TIMEOUT))
                .overrideConfiguration(o -> o.apiCallTimeout(API_CALL_TIMEOUT));
    }
}
