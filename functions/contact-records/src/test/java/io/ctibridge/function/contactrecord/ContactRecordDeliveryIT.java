package io.ctibridge.function.contactrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.ctibridge.core.calllog.CallLogSettings;
import io.ctibridge.core.calllog.ledger.LedgerState;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.root.DeploymentSettings;
import io.ctibridge.core.root.OutsideWorld;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.local.CrashingLedger;
import io.ctibridge.local.LambdaContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * At least once in, exactly once out: batches, redeliveries, partial failures and crashes, against moto and the
 * Salesforce emulator, counting the Tasks in the org and the requests Salesforce received.
 */
class ContactRecordDeliveryIT {

    private static final Predicate<RecordedRequest> CALL_OBJECT_QUERY =
            r -> r.queryParam("q").map(q -> q.contains("WHERE CallObject IN")).orElse(false);

    private static CallLogFixture fixture;
    private static ContactRecordHandler handler;
    private static ExecutorService executor;

    @BeforeAll
    static void start() {
        fixture = CallLogFixture.start("call-delivery-it");
        handler = fixture.recordHandler();
        executor = Executors.newVirtualThreadPerTaskExecutor();
    }

    @AfterAll
    static void stop() {
        executor.close();
        fixture.close();
    }

    @AfterEach
    void resetFaults() {
        fixture.stack.salesforce().faults().reset();
    }

    @Test
    void aBatchOf250_goesIn2CollectionCalls_andTheSameBatchAgainAddsNoTask() {
        List<Ctr> calls = calls(250, "+1303555");
        KinesisEvent batch = KinesisBatch.ofCtrs(calls);
        int createsBefore = fixture.requests(CallLogFixture.CREATE_COLLECTION);

        assertNoFailures(handler.handleEvent(batch, null));
        assertEquals(2, fixture.requests(CallLogFixture.CREATE_COLLECTION) - createsBefore);
        assertNoFailures(handler.handleEvent(batch, null));

        assertEquals(
                2,
                fixture.requests(CallLogFixture.CREATE_COLLECTION) - createsBefore,
                "the redelivery created nothing");
        assertExactlyOneTaskEach(calls);
    }

    @Test
    void oneRecordInTenFailingToLock_isReportedExactly_andItsRedeliveryCompletesWithoutDuplicates() {
        List<Ctr> calls = calls(100, "+1720555");
        KinesisEvent batch = KinesisBatch.ofCtrs(calls);
        Set<String> locked = new HashSet<>();
        Set<String> lockedSequenceNumbers = new HashSet<>();
        for (int i = 4; i < calls.size(); i += 10) {
            locked.add(calls.get(i).contactId());
            lockedSequenceNumbers.add(KinesisBatch.sequenceNumber(batch, i));
        }
        fixture.stack
                .salesforce()
                .faults()
                .failRecordsMatching(
                        r -> locked.contains(r.get("CallObject")),
                        "UNABLE_TO_LOCK_ROW",
                        "unable to obtain exclusive access to this record or 1 records");

        StreamsEventResponse response = handler.handleEvent(batch, null);

        assertEquals(lockedSequenceNumbers, KinesisBatch.failedSequenceNumbers(response));
        for (Ctr call : calls) {
            assertEquals(
                    locked.contains(call.contactId()) ? 0 : 1,
                    fixture.tasks(call.contactId()).size());
        }

        fixture.stack.salesforce().faults().reset();
        int doubtChecksBefore = fixture.requests(CALL_OBJECT_QUERY);
        assertNoFailures(handler.handleEvent(KinesisBatch.redeliveryAfter(batch, response), null));

        assertExactlyOneTaskEach(calls);
        assertEquals(
                1,
                fixture.requests(CALL_OBJECT_QUERY) - doubtChecksBefore,
                "the records left PENDING were checked in one query before being created");
    }

    @Test
    void aCrashAfterTheTaskWasCreated_butBeforeTheLedgerKnewIt_makesNoDuplicateOnRetry() {
        List<Ctr> calls = calls(3, "+1971555");
        KinesisEvent batch = KinesisBatch.ofCtrs(calls);
        ContactRecordHandler crashing =
                handlerWith(CrashingLedger.onTheNext(fixture.stack.tables().callLogLedger(), 1));

        StreamsEventResponse response = crashing.handleEvent(batch, null);
        assertEquals(1, response.getBatchItemFailures().size());
        assertExactlyOneTaskEach(calls); // created, but one of them unknown to the ledger

        int doubtChecksBefore = fixture.requests(CALL_OBJECT_QUERY);
        assertNoFailures(crashing.handleEvent(KinesisBatch.redeliveryAfter(batch, response), null));

        assertExactlyOneTaskEach(calls);
        assertEquals(1, fixture.requests(CALL_OBJECT_QUERY) - doubtChecksBefore);
        calls.forEach(call -> assertEquals(LedgerState.DONE, ledgerState(call)));
    }

    @Test
    void anotherDeliveryOfTheSameContact_waitsForALiveClaim_andTakesOverAnAbandonedOne() {
        Ctr call = calls(1, "+1541555").getFirst();
        ContactRecordHandler crashing =
                handlerWith(CrashingLedger.onTheNext(fixture.stack.tables().callLogLedger(), 1));
        assertEquals(
                1,
                crashing.handleEvent(KinesisBatch.ofCtrs(List.of(call)), null)
                        .getBatchItemFailures()
                        .size());

        // Connect sent the same record twice: the duplicate is another Kinesis record, another delivery.
        KinesisEvent duplicate = KinesisBatch.ofCtrs(List.of(call));
        assertEquals(
                1,
                handler.handleEvent(duplicate, null).getBatchItemFailures().size(),
                "the first delivery's claim may still be in flight");

        // Claims of callers without a deadline last 15 minutes: once that lease has run out, the first delivery is
        // surely gone. (The ledger's row is aged rather than the handler's clock moved on: Salesforce would refuse
        // a token signed 20 minutes in its future.)
        expireLease(call);
        assertNoFailures(handler.handleEvent(duplicate, null));

        assertEquals(1, fixture.tasks(call.contactId()).size());
        assertEquals(LedgerState.DONE, ledgerState(call));
    }

    @Test
    void requestLimitExceeded_reportsTheWholeBatch_defersItsRedeliveries_andLogsItOnceAfterTheCoolDown()
            throws InterruptedException {
        // An environment of its own: after REQUEST_LIMIT_EXCEEDED its call log defers for the cool-down (1 s here).
        ContactRecordHandler limited = handlerWith(
                world().withSettings(Map.of(DeploymentSettings.SALESFORCE_API_COOL_DOWN_SECONDS, "1")),
                CallLogSettings.defaults().withoutWaiting());
        assertNoFailures(limited.handleEvent(KinesisBatch.ofCtrs(calls(1, "+1998555")), null));
        List<Ctr> calls = calls(5, "+1458555");
        KinesisEvent batch = KinesisBatch.ofCtrs(calls);
        fixture.stack.salesforce().faults().limitExceeded(true);

        StreamsEventResponse response = limited.handleEvent(batch, null);

        assertEquals(5, response.getBatchItemFailures().size());
        calls.forEach(call -> assertEquals(List.of(), fixture.tasks(call.contactId())));
        fixture.stack.salesforce().faults().limitExceeded(false);
        int apiCallsBefore =
                fixture.stack.salesforce().requests().count(r -> r.path().startsWith("/services/data/"));
        StreamsEventResponse deferred = limited.handleEvent(KinesisBatch.redeliveryAfter(batch, response), null);
        assertEquals(5, deferred.getBatchItemFailures().size(), "deferred during the cool-down, nothing dropped");
        assertEquals(
                apiCallsBefore,
                fixture.stack.salesforce().requests().count(r -> r.path().startsWith("/services/data/")),
                "Salesforce not called while deferring");
        Thread.sleep(Duration.ofMillis(1_100)); // Kinesis redelivers later; the cool-down runs on the wall clock
        assertNoFailures(limited.handleEvent(KinesisBatch.redeliveryAfter(batch, deferred), null));
        assertExactlyOneTaskEach(calls);
    }

    @Test
    void salesforceUnavailableForTheCollectionCall_failsTheBatch_andTheRetryChecksBeforeCreating() {
        warmUp();
        List<Ctr> calls = calls(4, "+1564555");
        // Looked up (nobody found), so the call log does not search for the callers: the Collections call is next.
        calls.forEach(call -> fixture.lookedUp(call.contactId(), "default"));
        KinesisEvent batch = KinesisBatch.ofCtrs(calls);
        fixture.stack
                .salesforce()
                .faults()
                .failNext(1, 503, "SERVER_UNAVAILABLE", "Salesforce is down for maintenance");

        StreamsEventResponse response = handler.handleEvent(batch, null);

        assertEquals(4, response.getBatchItemFailures().size());
        int doubtChecksBefore = fixture.requests(CALL_OBJECT_QUERY);
        assertNoFailures(handler.handleEvent(KinesisBatch.redeliveryAfter(batch, response), null));
        assertExactlyOneTaskEach(calls);
        assertEquals(1, fixture.requests(CALL_OBJECT_QUERY) - doubtChecksBefore);
    }

    @Test
    void aCreateSalesforceCommitsAfterTheClientGaveUp_isNotCreatedAgain_byTheImmediateRedelivery() {
        // One invocation with 1 s for its work; Salesforce answers after 3 s and commits the Tasks even so.
        Duration grace = Duration.ofSeconds(5);
        ContactRecordHandler logger =
                handlerWith(world(), CallLogSettings.defaults().withoutWaiting().withInDoubtGrace(grace));
        assertNoFailures(logger.handleEvent(KinesisBatch.ofCtrs(calls(1, "+1605555")), null)); // session, owner
        List<Ctr> calls = calls(5, "+1701555");
        KinesisEvent batch = KinesisBatch.ofCtrs(calls);
        int createsBefore = fixture.requests(CallLogFixture.CREATE_COLLECTION);
        fixture.stack.salesforce().faults().latency(Duration.ofSeconds(3));
        Duration work = Duration.ofSeconds(1);

        StreamsEventResponse timedOut = logger.handleEvent(
                batch, new LambdaContext("call-logger-test", ContactRecordHandler.LAMBDA_MARGIN.plus(work)));

        assertEquals(5, timedOut.getBatchItemFailures().size());
        fixture.stack.salesforce().faults().reset();
        // Kinesis redelivers at once, the same delivery: before the grace it waits, whatever the ledger claim says.
        StreamsEventResponse early = logger.handleEvent(
                KinesisBatch.redeliveryAfter(batch, timedOut),
                new LambdaContext("call-logger-test", ContactRecordHandler.LAMBDA_MARGIN.plus(work)));
        assertEquals(5, early.getBatchItemFailures().size(), "held back while the create may still land");
        assertEquals(1, fixture.requests(CallLogFixture.CREATE_COLLECTION) - createsBefore);

        StreamsEventResponse response = early;
        for (int attempt = 0; attempt < 10 && !response.getBatchItemFailures().isEmpty(); attempt++) {
            response = logger.handleEvent(
                    KinesisBatch.redeliveryAfter(batch, response),
                    new LambdaContext("call-logger-test", ContactRecordHandler.LAMBDA_MARGIN.plus(work)));
        }

        assertNoFailures(response);
        assertExactlyOneTaskEach(calls);
        assertEquals(
                1,
                fixture.requests(CallLogFixture.CREATE_COLLECTION) - createsBefore,
                "the late Tasks were found by their CallObject and recorded, not created again");
        calls.forEach(call -> assertEquals(LedgerState.DONE, ledgerState(call)));
    }

    @Test
    void aDeadLetterQueueOutage_keepsTheMalformedRecordInTheBatch_neverDropsIt() {
        Ctr good = calls(1, "+1208555").getFirst();
        KinesisEvent batch = KinesisBatch.of(List.of(good.json(), "not json".getBytes()));
        ContactRecordHandler logger = handlerWith(
                world().withSettings(Map.of(CompositionRoot.CALL_LOG_DLQ_URL, "http://127.0.0.1:1/no-such-queue")),
                CallLogSettings.defaults().withoutWaiting());

        StreamsEventResponse response = logger.handleEvent(batch, null);

        assertEquals(Set.of(KinesisBatch.sequenceNumber(batch, 1)), KinesisBatch.failedSequenceNumbers(response));
        assertExactlyOneTaskEach(List.of(good));
    }

    // --- helpers ---

    private static List<Ctr> calls(int count, String prefix) {
        return IntStream.range(0, count)
                .mapToObj(i -> Ctr.answered(prefix + String.format("%04d", i)))
                .toList();
    }

    /** The stack's world as a function sees it. */
    private static OutsideWorld world() {
        return OutsideWorld.fromEnvironment(fixture.stack.functionEnvironment(), Clock.systemUTC());
    }

    /** A handler whose ledger writes of DONE fail as {@code crash} says. */
    private static ContactRecordHandler handlerWith(CrashingLedger crash) {
        return handlerWith(
                world().withAwsInterceptor(crash), CallLogSettings.defaults().withoutWaiting());
    }

    /** A handler built by the root on {@code world}, as the function's no-arg constructor builds it. */
    private static ContactRecordHandler handlerWith(OutsideWorld world, CallLogSettings settings) {
        CompositionRoot root = new CompositionRoot(world);
        return new ContactRecordHandler(root.callLogger(settings), root.log(ContactRecordHandler.class));
    }

    /** A session and the agent's owner in the cache, so that a fault hits the collection call. */
    private static void warmUp() {
        assertNoFailures(handler.handleEvent(KinesisBatch.ofCtrs(calls(1, "+1999555")), null));
    }

    /** Moves the lease of the contact's ledger claim into the past, as 20 minutes of waiting would. */
    private static void expireLease(Ctr call) {
        long past = Instant.now().minus(Duration.ofMinutes(5)).toEpochMilli();
        fixture.environment
                .aws()
                .dynamoDb()
                .updateItem(r -> r.tableName(fixture.stack.tables().callLogLedger())
                        .key(Map.of("contactId", AttributeValue.fromS(call.contactId())))
                        .updateExpression("SET leaseUntil = :past")
                        .expressionAttributeValues(Map.of(":past", AttributeValue.fromN(Long.toString(past)))));
    }

    private static LedgerState ledgerState(Ctr call) {
        return fixture.environment
                .callLogLedger()
                .find(List.of(call.contactId()))
                .get(call.contactId())
                .state();
    }

    private static void assertExactlyOneTaskEach(List<Ctr> calls) {
        Map<Object, Long> tasksByContact = fixture.stack.salesforce().records().all("Task").stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        task -> String.valueOf(task.get("CallObject")), java.util.stream.Collectors.counting()));
        for (Ctr call : calls) {
            assertEquals(1L, tasksByContact.getOrDefault(call.contactId(), 0L), "Tasks of " + call.contactId());
        }
    }

    private static void assertNoFailures(StreamsEventResponse response) {
        assertEquals(List.of(), response.getBatchItemFailures());
    }
}
