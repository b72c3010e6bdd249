package io.ctibridge.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.aws.TableDefinitions;
import io.ctibridge.testkit.AwsTestClients;
import io.ctibridge.testkit.MotoServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class DynamoDbContactStateStoreIT {

    private static final String TABLE = "contact-state-" + UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
    private static DynamoDbClient dynamo;

    @BeforeAll
    static void createTable() {
        dynamo = AwsTestClients.dynamoDb(MotoServer.shared().endpoint());
        dynamo.createTable(TableDefinitions.contactState(TABLE));
    }

    @Test
    void find_returnsWhatWasSaved_withMatchesInOrder() {
        DynamoDbContactStateStore store = store(NOW);
        LookupResult saved = new LookupResult(
                "c-" + UUID.randomUUID(),
                "default",
                LookupStatus.MULTIPLE,
                "+14155550123",
                List.of(
                        new CallerMatch(
                                "003000000000002AAA", "Contact", "Jane Doe", "001000000000001AAA", "Acme", "Phone"),
                        new CallerMatch("003000000000001AAA", "Contact", "John Doe", null, null, "MobilePhone")),
                "2 match(es)",
                NOW);
        store.save(saved, Duration.ofHours(1));
        assertEquals(saved, store.find(saved.contactId()).orElseThrow());
    }

    @Test
    void save_replacesTheStateOfARetriedLookup() {
        DynamoDbContactStateStore store = store(NOW);
        String contactId = "c-" + UUID.randomUUID();
        store.save(
                new LookupResult(contactId, "default", LookupStatus.UNAVAILABLE, "+14155550123", List.of(), "", NOW),
                Duration.ofHours(1));
        LookupResult retried = new LookupResult(
                contactId, "default", LookupStatus.NONE, "+14155550123", List.of(), "", NOW.plusSeconds(2));
        store.save(retried, Duration.ofHours(1));
        assertEquals(retried, store.find(contactId).orElseThrow());
    }

    @Test
    void find_ignoresExpiredState_evenBeforeDynamoDbDeletesIt() {
        String contactId = "c-" + UUID.randomUUID();
        store(NOW)
                .save(
                        new LookupResult(contactId, "default", LookupStatus.NONE, "", List.of(), "", NOW),
                        Duration.ofMinutes(10));
        assertTrue(store(NOW.plus(Duration.ofMinutes(9))).find(contactId).isPresent());
        assertTrue(store(NOW.plus(Duration.ofMinutes(10))).find(contactId).isEmpty());
    }

    @Test
    void find_isEmpty_forUnknownContact() {
        assertTrue(store(NOW).find("never-seen").isEmpty());
    }

    private static DynamoDbContactStateStore store(Instant now) {
        return new DynamoDbContactStateStore(dynamo, TABLE, Clock.fixed(now, ZoneOffset.UTC));
    }
}
