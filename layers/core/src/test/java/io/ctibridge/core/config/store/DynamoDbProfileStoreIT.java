package io.ctibridge.core.config.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.aws.TableDefinitions;
import io.ctibridge.core.config.Fixtures;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.InvalidProfileException;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.config.parse.ProfileValidator;
import io.ctibridge.testkit.AwsTestClients;
import io.ctibridge.testkit.MotoServer;
import io.ctibridge.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbProfileStoreIT {

    private static DynamoDbClient dynamoDb;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private String table;
    private DynamoDbProfileStore store;

    @BeforeAll
    static void connect() {
        dynamoDb = AwsTestClients.dynamoDbBuilder(MotoServer.shared().endpoint())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new OneTransactionAtATime()))
                .build();
    }

    /**
     * DynamoDB's transactions are serializable; moto's are not: it cancels a transaction by restoring a copy of the
     * table taken before it began, which undoes a transaction committed meanwhile (the concurrent-writers test then
     * saw the winner's version vanish). Sending one transaction at a time gives the store the ordering DynamoDB
     * gives it, and the writers still race on the version they read.
     */
    private static final class OneTransactionAtATime implements ExecutionInterceptor {
        private final ReentrantLock lock = new ReentrantLock();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (isTransaction(attributes)) {
                lock.lock();
            }
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            release(attributes);
        }

        @Override
        public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
            release(attributes);
        }

        private void release(ExecutionAttributes attributes) {
            if (isTransaction(attributes) && lock.isHeldByCurrentThread()) {
                lock.unlock();
            }
        }

        private static boolean isTransaction(ExecutionAttributes attributes) {
            return "TransactWriteItems".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
    }

    @AfterAll
    static void disconnect() {
        dynamoDb.close();
    }

    @BeforeEach
    void createTable() {
        table = "config-" + UUID.randomUUID();
        dynamoDb.createTable(TableDefinitions.configProfiles(table));
        store = new DynamoDbProfileStore(dynamoDb, table, new ProfileParser(), new ProfileValidator(), clock);
    }

    @Test
    void get_isEmpty_forAProfileNeverSaved() {
        assertEquals(Optional.empty(), store.get("sales"));
        assertEquals(List.of(), store.history("sales"));
    }

    @Test
    void put_thenGet_returnsTheProfileAsVersion1_withWhoAndWhen() {
        Profile profile = Fixtures.fullProfile();

        StoredProfile saved = store.put(profile, "alice");

        StoredProfile read = store.get(profile.profile()).orElseThrow();
        assertEquals(new StoredProfile(profile, 1, clock.instant(), "alice"), saved);
        assertEquals(saved, read);
    }

    @Test
    void put_writesTheDocumentedItemLayout() {
        Profile profile = Profile.defaults("sales");
        store.put(profile, "alice");

        Map<String, AttributeValue> current = item("sales", 0);
        Map<String, AttributeValue> version1 = item("sales", 1);

        assertEquals("1", current.get("latestVersion").n());
        assertEquals(
                new ProfileParser().toJson(profile), current.get("document").s());
        assertEquals(current.get("document"), version1.get("document"));
        assertEquals("2026-03-02T09:00:00Z", version1.get("updatedAt").s());
        assertEquals("alice", version1.get("updatedBy").s());
        assertTrue(!version1.containsKey("latestVersion"), "history items carry no pointer");
    }

    @Test
    void put_again_makesVersion2_andKeepsVersion1InTheHistory() {
        store.put(Fixtures.profile("sales", "\"maxMatches\": 5"), "alice");
        clock.advance(Duration.ofMinutes(5));
        store.put(Fixtures.profile("sales", "\"maxMatches\": 8"), "bob");

        StoredProfile current = store.get("sales").orElseThrow();
        List<StoredProfile> history = store.history("sales");

        assertEquals(2, current.version());
        assertEquals(8, current.profile().maxMatches());
        assertEquals(List.of(2, 1), history.stream().map(StoredProfile::version).toList());
        assertEquals(
                List.of("bob", "alice"),
                history.stream().map(StoredProfile::updatedBy).toList());
        assertEquals(5, history.get(1).profile().maxMatches());
    }

    @Test
    void history_isOnlyThatProfiles() {
        store.put(Profile.defaults("sales"), "alice");
        store.put(Profile.defaults("sales-emea"), "alice");

        assertEquals(1, store.history("sales").size());
    }

    @Test
    void put_refusesAnInvalidProfile_andWritesNothing() {
        Profile invalid = Fixtures.profile("sales", "\"lookupDeadlineMs\": 9000");

        InvalidProfileException error = assertThrows(InvalidProfileException.class, () -> store.put(invalid, "alice"));

        assertEquals("lookupDeadlineMs", error.violations().getFirst().path());
        assertEquals(0, dynamoDb.scan(b -> b.tableName(table)).count());
    }

    @Test
    void put_refusesAnInvalidChange_andKeepsTheCurrentVersion() {
        store.put(Profile.defaults("sales"), "alice");

        assertThrows(
                InvalidProfileException.class,
                () -> store.put(Fixtures.profile("sales", "\"popRules\": {\"NONE\": null}"), "mallory"));

        assertEquals(1, store.get("sales").orElseThrow().version());
        assertEquals(1, store.history("sales").size());
    }

    @Test
    void put_withAStaleVersion_failsWithAConflict_andLeavesTheNewerVersionInPlace() {
        store.put(Fixtures.profile("sales", "\"maxMatches\": 5"), "alice");
        store.put(Fixtures.profile("sales", "\"maxMatches\": 6"), "bob", 1);

        ProfileVersionConflictException conflict = assertThrows(
                ProfileVersionConflictException.class,
                () -> store.put(Fixtures.profile("sales", "\"maxMatches\": 7"), "carol", 1));

        assertEquals(1, conflict.expectedVersion());
        assertTrue(conflict.getMessage().contains("someone else saved it"), conflict.getMessage());
        StoredProfile current = store.get("sales").orElseThrow();
        assertEquals(2, current.version());
        assertEquals(6, current.profile().maxMatches());
        assertEquals(2, store.history("sales").size());
    }

    @Test
    void put_expectingAFreshProfile_failsWhenItAlreadyExists() {
        store.put(Profile.defaults("sales"), "alice");

        assertThrows(ProfileVersionConflictException.class, () -> store.put(Profile.defaults("sales"), "bob", 0));
    }

    @Test
    void concurrentPuts_eachWinOrConflict_andTheHistoryHasNoGapsNorDuplicates() throws Exception {
        store.put(Profile.defaults("sales"), "setup");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Callable<Boolean>> saves = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int maxMatches = 11 + i;
            // Every writer read version 1 and saves on top of it: exactly one may win.
            saves.add(() -> {
                try {
                    store.put(Fixtures.profile("sales", "\"maxMatches\": " + maxMatches), "writer-" + maxMatches, 1);
                    return true;
                } catch (ProfileVersionConflictException lost) {
                    return false;
                }
            });
        }
        int wins = 0;
        try {
            for (Future<Boolean> result : pool.invokeAll(saves)) {
                wins += result.get() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, wins);
        StoredProfile current = store.get("sales").orElseThrow();
        assertEquals(2, current.version());
        assertEquals("writer-" + current.profile().maxMatches(), current.updatedBy());
        assertEquals(
                List.of(2, 1),
                store.history("sales").stream().map(StoredProfile::version).toList());
    }

    @Test
    void rollback_savesTheOldContentAsANewVersion() {
        store.put(Fixtures.profile("sales", "\"maxMatches\": 5"), "alice");
        store.put(Fixtures.profile("sales", "\"maxMatches\": 9"), "bob");

        StoredProfile rolledBack = store.rollback("sales", 1, "carol");

        assertEquals(3, rolledBack.version());
        StoredProfile current = store.get("sales").orElseThrow();
        assertEquals(5, current.profile().maxMatches());
        assertEquals("carol", current.updatedBy());
        assertEquals(
                List.of(3, 2, 1),
                store.history("sales").stream().map(StoredProfile::version).toList());
    }

    @Test
    void rollback_toAVersionThatDoesNotExist_fails() {
        store.put(Profile.defaults("sales"), "alice");

        assertThrows(NoSuchElementException.class, () -> store.rollback("sales", 4, "carol"));
        assertThrows(IllegalArgumentException.class, () -> store.rollback("sales", 0, "carol"));
    }

    @Test
    void get_refusesADocumentEditedByHandIntoSomethingInvalid() {
        store.put(Profile.defaults("sales"), "alice");
        String broken = new ProfileParser()
                .toJson(Profile.defaults("sales"))
                .replace("\"maxMatches\" : 10", "\"maxMatches\" : 0");
        setCurrentDocument("sales", broken);

        InvalidProfileException error = assertThrows(InvalidProfileException.class, () -> store.get("sales"));

        assertEquals("sales", error.profileName());
        assertEquals("maxMatches", error.violations().getFirst().path());
    }

    @Test
    void get_refusesADocumentWhoseJsonWasBrokenByHand() {
        store.put(Profile.defaults("sales"), "alice");
        setCurrentDocument("sales", "{\"profile\": \"sales\",");

        InvalidProfileException error = assertThrows(InvalidProfileException.class, () -> store.get("sales"));

        assertTrue(error.getMessage().startsWith("profile 'sales' is invalid"), error.getMessage());
        assertTrue(error.violations().getFirst().message().contains("line 1:"), error.getMessage());
    }

    @Test
    void get_refusesADocumentNamingAnotherProfile() {
        store.put(Profile.defaults("sales"), "alice");
        setCurrentDocument("sales", "{\"profile\": \"support\"}");

        InvalidProfileException error = assertThrows(InvalidProfileException.class, () -> store.get("sales"));

        assertEquals("profile", error.violations().getFirst().path());
    }

    @Test
    void put_requiresWhoSavedIt() {
        assertThrows(IllegalArgumentException.class, () -> store.put(Profile.defaults("sales"), " "));
    }

    @Test
    void get_refusesANameThatCannotBeAProfile() {
        assertThrows(IllegalArgumentException.class, () -> store.get(""));
    }

    private void setCurrentDocument(String name, String document) {
        dynamoDb.updateItem(b -> b.tableName(table)
                .key(Map.of("profile", AttributeValue.fromS(name), "version", AttributeValue.fromN("0")))
                .updateExpression("SET #d = :d")
                .expressionAttributeNames(Map.of("#d", "document"))
                .expressionAttributeValues(Map.of(":d", AttributeValue.fromS(document))));
    }

    private Map<String, AttributeValue> item(String name, int version) {
        return dynamoDb.getItem(b -> b.tableName(table)
                        .consistentRead(true)
                        .key(Map.of(
                                "profile",
                                AttributeValue.fromS(name),
                                "version",
                                AttributeValue.fromN(Integer.toString(version)))))
                .item();
    }
}
