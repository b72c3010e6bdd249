package io.ctibridge.core.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ctibridge.testkit.MotoServer;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class AwsClientsIT {

    @StartStop
    private final MockWebServer stub = new MockWebServer();

    @Test
    void dynamoDb_isBuiltOnce_andTalksToTheLocalEndpoint() {
        try (AwsClients clients =
                new AwsClients(AwsSettings.local(MotoServer.shared().endpoint()))) {
            DynamoDbClient first = clients.dynamoDb();

            first.createTable(TableDefinitions.callLogLedger("ledger-" + System.nanoTime()));

            assertSame(first, clients.dynamoDb());
            assertTrue(clients.dynamoDb().listTables().tableNames().stream().anyMatch(t -> t.startsWith("ledger-")));
        }
    }

    @Test
    void secretsManager_talksToTheLocalEndpoint() {
        try (AwsClients clients =
                new AwsClients(AwsSettings.local(MotoServer.shared().endpoint()))) {
            clients.secretsManager()
                    .createSecret(b -> b.name("pop-key-" + System.nanoTime()).secretString("k"));

            assertSame(clients.secretsManager(), clients.secretsManager());
        }
    }

    @Test
    void configure_givesAnyOtherServiceTheSameSettings() {
        try (AwsClients clients =
                        new AwsClients(AwsSettings.local(MotoServer.shared().endpoint()));
                DynamoDbClient own = clients.configure(DynamoDbClient.builder()).build()) {
            assertEquals(
                    clients.dynamoDb().listTables().tableNames(),
                    own.listTables().tableNames());
        }
    }

    /** What a SnapStart function sees after restore: no key variables, a container credentials endpoint. */
    @Test
    void lambdaCredentials_comeFromTheContainerEndpoint_whenNoKeysAreInTheEnvironment() throws Exception {
        assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null, "this machine has AWS keys in its environment");
        stub.enqueue(new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body("""
                        {"AccessKeyId": "ASIACONTAINER", "SecretAccessKey": "secret", "Token": "session",
                         "Expiration": "2099-01-01T00:00:00Z"}""")
                .build());
        System.setProperty(
                "aws.containerCredentialsFullUri", stub.url("/v1/credentials").toString());
        System.setProperty("aws.containerAuthorizationToken", "container-token");
        try (AwsClients clients =
                new AwsClients(AwsSettings.local(MotoServer.shared().endpoint()), AwsClients.lambdaCredentials())) {
            clients.dynamoDb().listTables();

            RecordedRequest credentialsRequest = stub.takeRequest(5, TimeUnit.SECONDS);
            assertEquals("/v1/credentials", credentialsRequest.getUrl().encodedPath());
            assertEquals("container-token", credentialsRequest.getHeaders().get("Authorization"));
        } finally {
            System.clearProperty("aws.containerCredentialsFullUri");
            System.clearProperty("aws.containerAuthorizationToken");
        }
    }

    @Test
    void everyCall_isBoundedByTheApiCallTimeout() {
        stub.enqueue(new MockResponse.Builder()
                .headersDelay(10, TimeUnit.SECONDS)
                .body("{}")
                .build());
        AwsSettings slow = AwsSettings.local(URI.create(stub.url("/").toString()))
                .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(800));
        try (AwsClients clients = new AwsClients(slow)) {
            long started = System.nanoTime();

            assertThrows(SdkClientException.class, () -> clients.dynamoDb().listTables());

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
        }
    }
}
