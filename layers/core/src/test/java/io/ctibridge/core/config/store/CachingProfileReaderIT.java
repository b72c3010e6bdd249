package io.ctibridge.core.config.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.aws.TableDefinitions;
import io.ctibridge.core.config.Fixtures;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.testkit.AwsTestClients;
import io.ctibridge.testkit.MotoServer;
import io.ctibridge.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The reader over the real DynamoDB store, including a DynamoDB that goes away. */
class CachingProfileReaderIT {

    private static final String TABLE = "config";
    private static final Duration TTL = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    @Test
    void servesTheLastGoodProfile_quickly_whenDynamoDbStopsAnswering() {
        MotoServer server = MotoServer.start();
        try (DynamoDbClient dynamoDb = AwsTestClients.dynamoDbBuilder(server.endpoint())
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(2)))
                .build()) {
            DynamoDbProfileStore store = storeOn(dynamoDb);
            store.put(Fixtures.profile("sales", "\"maxMatches\": 4"), "alice");
            CachingProfileReader reader =
                    new CachingProfileReader(store, clock, TTL, JsonLog.stdout(CachingProfileReader.class));
            reader.get("sales");

            server.close();
            clock.advance(TTL);
            long started = System.nanoTime();
            Profile served = reader.get("sales");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertEquals(4, served.maxMatches());
            assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "a dead endpoint cost " + took);
        } finally {
            server.close();
        }
    }

    @Test
    void servesTheBuiltInDefault_whenTheTableHasNoProfile() {
        try (DynamoDbClient dynamoDb =
                AwsTestClients.dynamoDb(MotoServer.shared().endpoint())) {
            String table = freshTable(dynamoDb);
            CachingProfileReader reader = new CachingProfileReader(
                    new DynamoDbProfileStore(dynamoDb, table), clock, TTL, JsonLog.stdout(CachingProfileReader.class));

            assertEquals(Profile.builtInDefault(), reader.get("sales"));
        }
    }

    @Test
    void servesTheLastGoodProfile_afterSomeoneBreaksTheStoredDocument_andTheBuiltInDefaultToANewReader() {
        try (DynamoDbClient dynamoDb =
                AwsTestClients.dynamoDb(MotoServer.shared().endpoint())) {
            String table = freshTable(dynamoDb);
            DynamoDbProfileStore store = new DynamoDbProfileStore(dynamoDb, table);
            store.put(Fixtures.profile("sales", "\"maxMatches\": 4"), "alice");
            CachingProfileReader warm =
                    new CachingProfileReader(store, clock, TTL, JsonLog.stdout(CachingProfileReader.class));
            warm.get("sales");

            dynamoDb.updateItem(b -> b.tableName(table)
                    .key(Map.of("profile", AttributeValue.fromS("sales"), "version", AttributeValue.fromN("0")))
                    .updateExpression("SET #d = :d")
                    .expressionAttributeNames(Map.of("#d", "document"))
                    .expressionAttributeValues(
                            Map.of(":d", AttributeValue.fromS("{\"profile\": \"sales\", \"maxMatches\": 99}"))));
            clock.advance(TTL);

            assertEquals(4, warm.get("sales").maxMatches());
            assertEquals(
                    Profile.builtInDefault(),
                    new CachingProfileReader(store, clock, TTL, JsonLog.stdout(CachingProfileReader.class))
                            .get("sales"));
        }
    }

    private DynamoDbProfileStore storeOn(DynamoDbClient dynamoDb) {
        dynamoDb.createTable(TableDefinitions.configProfiles(TABLE));
        return new DynamoDbProfileStore(dynamoDb, TABLE);
    }

    private static String freshTable(DynamoDbClient dynamoDb) {
        String table = "config-" + java.util.UUID.randomUUID();
        dynamoDb.createTable(TableDefinitions.configProfiles(table));
        return table;
    }
}
