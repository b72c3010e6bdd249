package io.ctibridge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

class MotoServerIT {

    private static MotoServer server;
    private static DynamoDbClient dynamoDb;

    @BeforeAll
    static void startServer() {
        server = MotoServer.start();
        dynamoDb = AwsTestClients.dynamoDb(server.endpoint());
    }

    @AfterAll
    static void stopServer() {
        dynamoDb.close();
        server.close();
    }

    @Test
    void conditionalPut_succeedsOnce_thenFailsBecauseTheItemExists() {
        createTable("calls");
        PutItemRequest putIfAbsent = PutItemRequest.builder()
                .tableName("calls")
                .item(Map.of("contactId", s("c-1"), "state", s("PENDING")))
                .conditionExpression("attribute_not_exists(contactId)")
                .build();

        dynamoDb.putItem(putIfAbsent);
        var stored = dynamoDb.getItem(
                b -> b.tableName("calls").key(Map.of("contactId", s("c-1"))).consistentRead(true));
        assertEquals("PENDING", stored.item().get("state").s());

        assertThrows(ConditionalCheckFailedException.class, () -> dynamoDb.putItem(putIfAbsent));
    }

    @Test
    void reset_forgetsTables() {
        createTable("to-forget");

        server.reset();

        assertThrows(ResourceNotFoundException.class, () -> dynamoDb.describeTable(b -> b.tableName("to-forget")));
    }

    @Test
    void secretsManagerAndSqs_answerOnTheSameEndpoint() {
        try (SecretsManagerClient secrets = AwsTestClients.secretsManager(server.endpoint());
                SqsClient sqs = AwsTestClients.sqs(server.endpoint())) {
            secrets.createSecret(b -> b.name("sf-credentials").secretString("{\"k\":\"v\"}"));
            assertEquals(
                    "{\"k\":\"v\"}",
                    secrets.getSecretValue(b -> b.secretId("sf-credentials")).secretString());

            String queueUrl = sqs.createQueue(b -> b.queueName("dlq")).queueUrl();
            sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody("poison"));
            var received = sqs.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(1))
                    .messages();
            assertEquals("poison", received.getFirst().body());
        }
    }

    @Test
    void close_stopsTheServer_andClientsThenFailToConnect() {
        MotoServer own = MotoServer.start();
        try (DynamoDbClient client = AwsTestClients.dynamoDb(own.endpoint())) {
            client.listTables();
            own.close();

            assertFalse(own.isRunning());
            assertThrows(SdkClientException.class, client::listTables);
        }
    }

    @Test
    void shared_returnsOneRunningInstance() {
        MotoServer first = MotoServer.shared();
        assertTrue(first.isRunning());
        assertEquals(first, MotoServer.shared());
    }

    private static void createTable(String name) {
        dynamoDb.createTable(b -> b.tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("contactId")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(KeySchemaElement.builder()
                        .attributeName("contactId")
                        .keyType(KeyType.HASH)
                        .build()));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
