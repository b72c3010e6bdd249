package io.ctibridge.core.calllog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ctibridge.core.calllog.CallLogOutcome.Result;
import io.ctibridge.core.calllog.deadletter.DeadLetter;
import io.ctibridge.core.calllog.deadletter.DeadLetterQueue;
import io.ctibridge.core.calllog.fields.ConnectConsole;
import io.ctibridge.core.calllog.ledger.LedgerEntry;
import io.ctibridge.core.calllog.ledger.LedgerState;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.ContactRecordParser;
import io.ctibridge.core.calllog.record.Delivery;
import io.ctibridge.core.calllog.record.SourcePayload;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.InMemoryContactStateStore;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.observability.CapturedLog;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.salesforce.ApiUsage;
import io.ctibridge.core.salesforce.SalesforceConfigException;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.salesforce.guard.GuardSettings;
import io.ctibridge.core.salesforce.guard.SalesforceGuard;
import io.ctibridge.core.time.Deadline;
import io.ctibridge.testkit.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The call log end to end in memory: the real CallLogger, TaskWriteStep, TaskCollectionsWriter and TaskFields, the
 * real SalesforceApi over OkHttp answered by an interceptor, a ledger in a map with DynamoDB's conditional rules.
 */
class CallLoggerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T00:06:00Z");
    private static final String CONTACT = "11111111-1111-4111-8111-111111111111";
    private static final String OTHER_CONTACT = "22222222-2222-4222-8222-222222222222";
    private static final String THIRD_CONTACT = "33333333-3333-4333-8333-333333333333";
    private static final String ADA = "003000000000001AAA";
    private static final String ACCOUNT = "001000000000001AAA";
    private static final String OTHER_ACCOUNT = "001000000000002AAA";
    private static final String JIM = "003000000000002AAA";
    private static final String GRACE = "003000000000003AAA";
    private static final String LEAD = "00Q000000000001AAA";
    private static final String AGENT_USER = "005000000000001AAA";
    private static final CallLogSettings SETTINGS = CallLogSettings.defaults().withoutWaiting();

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryContactStateStore states = new InMemoryContactStateStore();
    private final InMemoryCallLogLedger ledger = new InMemoryCallLogLedger();
    private final InMemorySalesforce salesforce = new InMemorySalesforce().withUser("ava.agent", AGENT_USER);
    private final SalesforceApi api = salesforce.api();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final CapturedLog logs = new CapturedLog();
    private final CallLogger logger = logger(deadLetters::add, () -> api);

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void log_createsOneTask_withTheMappedFields_forANewContact() {
        states.save(lookupMatch(CONTACT), Duration.ofDays(1));
        ContactRecord contact = Records.answeredInbound(CONTACT);

        CallLogOutcome outcome =
                logger.log(List.of(delivery(contact, "seq-1")), Deadline.none()).getFirst();

        assertEquals(Result.CREATED, outcome.result());
        assertEquals(1, salesforce.creates().size(), "one Collections create");
        assertEquals(List.of(), salesforce.updates());
        InMemorySalesforce.Call create = salesforce.creates().getFirst();
        assertFalse(create.body().path("allOrNone").asBoolean(true), "each record saved on its own");
        assertEquals(1, create.records().size());
        JsonNode task = create.records().getFirst();
        assertEquals("Task", task.path("attributes").path("type").asText());
        assertEquals("Inbound call from +14155550123", task.path("Subject").asText());
        assertEquals("Call", task.path("TaskSubtype").asText());
        assertEquals("Call", task.path("Type").asText());
        assertEquals("Inbound", task.path("CallType").asText());
        assertEquals(CONTACT, task.path("CallObject").asText());
        assertEquals(270, task.path("CallDurationInSeconds").asInt());
        assertEquals("CUSTOMER_DISCONNECT", task.path("CallDisposition").asText());
        assertEquals("Completed", task.path("Status").asText());
        assertEquals("2026-11-24", task.path("ActivityDate").asText());
        assertEquals(ADA, task.path("WhoId").asText(), "the lookup's best match");
        assertEquals(ACCOUNT, task.path("WhatId").asText(), "its Account");
        assertEquals(AGENT_USER, task.path("OwnerId").asText(), "the agent's Salesforce User");
        assertFalse(task.has("Id"));

        assertEquals(List.of(outcome.taskId()), List.copyOf(salesforce.tasks().keySet()));
        LedgerEntry entry = ledger.entry(CONTACT).orElseThrow();
        assertEquals(LedgerState.DONE, entry.state());
        assertEquals(outcome.taskId(), entry.taskId());
        assertEquals(contact.version(), entry.version());
        assertEquals(List.of(), deadLetters);
        assertEquals(1, queriesOn("User"), "one owner query for the batch");
    }

    @Test
    void log_createsATaskRelatedToNobody_whenTheCallHadNoLookup_andNobodyHasTheNumber() {
        CallLogOutcome outcome = logger.log(
                        List.of(delivery(Records.answeredInbound(CONTACT), "seq-1")), Deadline.none())
                .getFirst();

        assertEquals(Result.CREATED, outcome.result());
        JsonNode task = salesforce.creates().getFirst().records().getFirst();
        assertFalse(task.has("WhoId"));
        assertFalse(task.has("WhatId"));
        assertEquals(CONTACT, task.path("CallObject").asText());
        assertEquals(1, salesforce.searches().size(), "the caller was searched for");
    }

    @Test
    void log_linksTheTaskToTheProfilesBestMatch_whenTheCallHadNoLookup() {
        seedTwoContactsAndALeadWithTheCallersNumber();

        CallLogOutcome outcome = logger.log(
                        List.of(delivery(Records.answeredInbound(CONTACT), "seq-1")), Deadline.none())
                .getFirst();

        assertEquals(Result.CREATED, outcome.result());
        JsonNode task = salesforce.creates().getFirst().records().getFirst();
        assertEquals(ADA, task.path("WhoId").asText(), "the Contact whose main Phone is the number ranks first");
        assertEquals(ACCOUNT, task.path("WhatId").asText(), "her Account");
        JsonNode search = salesforce.searches().getFirst().body();
        assertEquals("PHONE", search.path("in").asText());
        assertEquals("14155550123 OR 4155550123", search.path("q").asText());
        assertEquals(List.of(), deadLetters);
        assertTrue(
                logs.lines().stream().noneMatch(line -> line.toString().contains("5550123")),
                "the number is masked in every log line");
    }

    @Test
    void log_linksTheTask_whenTheLookupWasUnavailable() {
        seedTwoContactsAndALeadWithTheCallersNumber();
        states.save(
                new LookupResult(
                        CONTACT,
                        Profile.DEFAULT_NAME,
                        LookupStatus.UNAVAILABLE,
                        "+14155550123",
                        List.of(),
                        "Salesforce did not answer within the deadline",
                        Records.STARTED),
                Duration.ofDays(1));

        logger.log(List.of(delivery(Records.answeredInbound(CONTACT), "seq-1")), Deadline.none());

        JsonNode task = salesforce.creates().getFirst().records().getFirst();
        assertEquals(ADA, task.path("WhoId").asText());
        assertEquals(ACCOUNT, task.path("WhatId").asText());
    }

    @Test
    void log_linksTheNumberDialled_forAnOutboundCall() {
        salesforce.withRecord(
                "Contact", GRACE, Map.of("Name", "Grace Hopper", "Phone", "650-555-0110", "AccountId", OTHER_ACCOUNT));
        ContactRecord outbound =
                Records.withMethod(Records.withCaller(Records.answeredInbound(CONTACT), "+16505550110"), "OUTBOUND");

        logger.log(List.of(delivery(outbound, "seq-1")), Deadline.none());

        JsonNode task = salesforce.creates().getFirst().records().getFirst();
        assertEquals("Outbound", task.path("CallType").asText());
        assertEquals(GRACE, task.path("WhoId").asText());
        assertEquals(OTHER_ACCOUNT, task.path("WhatId").asText());
    }

    @Test
    void log_leavesWithheldAndInvalidNumbersUnlinked_withoutASearch() {
        seedTwoContactsAndALeadWithTheCallersNumber();

        List<CallLogOutcome> outcomes = logger.log(
                List.of(
                        delivery(Records.withCaller(Records.answeredInbound(CONTACT), "anonymous"), "seq-1"),
                        delivery(Records.withCaller(Records.answeredInbound(OTHER_CONTACT), "12"), "seq-2"),
                        delivery(Records.withCaller(Records.answeredInbound(THIRD_CONTACT), null), "seq-3")),
                Deadline.none());

        assertEquals(List.of(Result.CREATED, Result.CREATED, Result.CREATED), results(outcomes));
        for (JsonNode task : salesforce.creates().getFirst().records()) {
            assertFalse(task.has("WhoId"), task.toString());
            assertFalse(task.has("WhatId"), task.toString());
        }
        assertEquals(List.of(), salesforce.searches(), "no search for numbers nobody can have");
    }

    @Test
    void log_costsOneSearch_forFiftyCallsWithoutLookup() {
        List<Delivery> deliveries = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String number = "+1415555%04d".formatted(1000 + i);
            salesforce.withRecord(
                    "Contact", contactIdOf(i), Map.of("Name", "Caller " + i, "Phone", number, "AccountId", ACCOUNT));
            ContactRecord contact =
                    Records.withCaller(Records.answeredInbound("44444444-4444-4444-8444-%012d".formatted(i)), number);
            deliveries.add(delivery(contact, "seq-" + i));
        }

        List<CallLogOutcome> outcomes = logger.log(deliveries, Deadline.none());

        assertEquals(1, salesforce.searches().size(), "one search for the whole batch");
        assertTrue(outcomes.stream().allMatch(o -> o.result() == Result.CREATED));
        List<JsonNode> tasks = salesforce.creates().getFirst().records();
        assertEquals(50, tasks.size());
        for (int i = 0; i < 50; i++) {
            assertEquals(contactIdOf(i), tasks.get(i).path("WhoId").asText(), "call " + i + " to its own caller");
        }
    }

    @Test
    void log_writesEveryTaskUnlinked_andDeadLettersNothing_whenTheCallersSearchFails() {
        seedTwoContactsAndALeadWithTheCallersNumber();
        salesforce.failNextSearch("SERVER_UNAVAILABLE");

        List<CallLogOutcome> outcomes = logger.log(
                List.of(
                        delivery(Records.answeredInbound(CONTACT), "seq-1"),
                        delivery(Records.answeredInbound(OTHER_CONTACT), "seq-2")),
                Deadline.none());

        assertEquals(List.of(Result.CREATED, Result.CREATED), results(outcomes));
        for (JsonNode task : salesforce.creates().getFirst().records()) {
            assertFalse(task.has("WhoId"), task.toString());
        }
        assertEquals(List.of(), deadLetters);
        assertTrue(
                logs.messagesAt(io.ctibridge.core.observability.JsonLog.Level.ERROR).stream()
                        .anyMatch(message -> message.contains("they are logged unlinked")),
                "the failure is logged");
    }

    @Test
    void log_writesTheTaskUnlinked_withoutASearch_whenTheProfilesRegionIsUnknownToThePhoneLibrary() {
        seedTwoContactsAndALeadWithTheCallersNumber();
        Profile d = Profile.defaults(Profile.DEFAULT_NAME);
        Profile unchecked = new Profile(
                d.profile(),
                "XX",
                d.systemNumbers(),
                d.lookupDeadlineMs(),
                d.popTokenTtlSeconds(),
                d.contactStateTtlSeconds(),
                d.maxMatches(),
                d.searchTargets(),
                d.tieBreak(),
                d.popRules(),
                d.callLog());
        CallLogger badRegion = logger(name -> unchecked, deadLetters::add, () -> api);

        CallLogOutcome outcome = badRegion
                .log(List.of(delivery(Records.answeredInbound(CONTACT), "seq-1")), Deadline.none())
                .getFirst();

        assertEquals(Result.CREATED, outcome.result());
        assertFalse(salesforce.creates().getFirst().records().getFirst().has("WhoId"));
        assertEquals(List.of(), salesforce.searches());
        assertEquals(List.of(), deadLetters);
    }

    @Test
    void log_searchesNothing_whenTheLookupFoundTheCaller() {
        seedTwoContactsAndALeadWithTheCallersNumber();
        states.save(lookupMatch(CONTACT), Duration.ofDays(1));

        logger.log(List.of(delivery(Records.answeredInbound(CONTACT), "seq-1")), Deadline.none());

        assertEquals(List.of(), salesforce.searches());
        assertEquals(
                ADA,
                salesforce
                        .creates()
                        .getFirst()
                        .records()
                        .getFirst()
                        .path("WhoId")
                        .asText());
    }

    @Test
    void log_skipsTheSameRecord_whenItIsDeliveredAgain_withoutASecondCreate() {
        ContactRecord contact = Records.answeredInbound(CONTACT);
        CallLogOutcome first =
                logger.log(List.of(delivery(contact, "seq-1")), Deadline.none()).getFirst();

        // Kinesis delivers the same record again, possibly to another execution environment.
        CallLogger elsewhere = logger(deadLetters::add, () -> api);
        CallLogOutcome again = elsewhere
                .log(List.of(delivery(contact, "seq-1")), Deadline.none())
                .getFirst();

        assertEquals(Result.CREATED, first.result());
        assertEquals(Result.SKIPPED, again.result());
        assertNull(again.taskId());
        assertTrue(again.detail().startsWith("already logged"), again.detail());
        assertEquals(1, salesforce.creates().size());
        assertEquals(List.of(), salesforce.updates());
        assertEquals(1, salesforce.tasks().size());
        assertEquals(first.taskId(), ledger.entry(CONTACT).orElseThrow().taskId());
    }

    @Test
    void log_rewritesATaskAnEarlierVersionMadeBeforeItCrashed_evenAfterTheLaterVersionsOwnAttemptFailed() {
        // Found by the chaos suite: v1 makes the Task and crashes before the ledger write; v2 takes the claim over
        // and fails before it looks for the Task; v2 again must still rewrite the Task, not take it for its own.
        ContactRecord first = Records.answeredInbound(CONTACT);
        ContactRecord later = Records.updated(first, Records.UPDATED.plusSeconds(600), Records.ENDED.plusSeconds(30));
        ledger.failNextComplete();
        assertEquals(
                Result.RETRY,
                logger.log(List.of(delivery(first, "seq-1")), Deadline.none())
                        .getFirst()
                        .result());
        String taskId = salesforce.tasks().keySet().iterator().next();
        clock.advance(Duration.ofMinutes(16)); // v1's claim abandoned
        LedgerEntry abandoned = ledger.entry(CONTACT).orElseThrow();
        LedgerEntry takenOver = ledger.claim(
                        CONTACT, later.version(), "seq-2", clock.instant().plusSeconds(60), Optional.of(abandoned))
                .orElseThrow();
        assertEquals(first.version(), takenOver.version(), "the version the Task may carry, not the claimant's");
        clock.advance(Duration.ofMinutes(2)); // v2's first attempt failed before its look

        CallLogOutcome retried =
                logger.log(List.of(delivery(later, "seq-2")), Deadline.none()).getFirst();

        assertEquals(Result.UPDATED, retried.result(), retried.detail());
        assertEquals(1, salesforce.tasks().size());
        assertEquals(
                300,
                salesforce.tasks().get(taskId).path("CallDurationInSeconds").asInt(),
                "from v2");
        assertEquals(later.version(), ledger.entry(CONTACT).orElseThrow().version());
    }

    @Test
    void log_updatesTheSameTask_whenALaterVersionArrives() {
        ContactRecord first = Records.answeredInbound(CONTACT);
        ContactRecord later = Records.updated(first, Records.UPDATED.plusSeconds(600), Records.ENDED.plusSeconds(30));
        CallLogOutcome created =
                logger.log(List.of(delivery(first, "seq-1")), Deadline.none()).getFirst();

        CallLogOutcome updated =
                logger.log(List.of(delivery(later, "seq-2")), Deadline.none()).getFirst();

        assertEquals(Result.CREATED, created.result());
        assertEquals(Result.UPDATED, updated.result());
        assertEquals(created.taskId(), updated.taskId(), "the same Task");
        assertEquals(1, salesforce.creates().size(), "no second create");
        assertEquals(1, salesforce.updates().size());
        InMemorySalesforce.Call patch = salesforce.updates().getFirst();
        assertEquals("PATCH", patch.method());
        JsonNode rewrite = patch.records().getFirst();
        assertEquals(created.taskId(), rewrite.path("Id").asText());
        assertEquals(300, rewrite.path("CallDurationInSeconds").asInt(), "from the later version");
        assertFalse(rewrite.has("TaskSubtype"), "Salesforce sets TaskSubtype only on create");
        assertEquals(1, salesforce.tasks().size());
        assertEquals(
                300,
                salesforce
                        .tasks()
                        .get(created.taskId())
                        .path("CallDurationInSeconds")
                        .asInt());
        LedgerEntry entry = ledger.entry(CONTACT).orElseThrow();
        assertEquals(LedgerState.DONE, entry.state());
        assertEquals(later.version(), entry.version());
        assertEquals(created.taskId(), entry.taskId());
    }

    @Test
    void log_skipsAnOlderVersion_thatArrivesAfterTheTaskWasWrittenFromALaterOne() {
        ContactRecord first = Records.answeredInbound(CONTACT);
        ContactRecord later = Records.updated(first, Records.UPDATED.plusSeconds(600), Records.ENDED.plusSeconds(30));
        logger.log(List.of(delivery(later, "seq-2")), Deadline.none());

        CallLogOutcome stale =
                logger.log(List.of(delivery(first, "seq-1")), Deadline.none()).getFirst();

        assertEquals(Result.SKIPPED, stale.result());
        assertEquals(List.of(), salesforce.updates());
        assertEquals(later.version(), ledger.entry(CONTACT).orElseThrow().version());
    }

    @Test
    void log_writesOneTaskFromTheNewestVersion_whenAContactComesTwiceInABatch() {
        ContactRecord first = Records.answeredInbound(CONTACT);
        ContactRecord later = Records.updated(first, Records.UPDATED.plusSeconds(600), Records.ENDED.plusSeconds(30));

        List<CallLogOutcome> outcomes =
                logger.log(List.of(delivery(later, "seq-2"), delivery(first, "seq-1")), Deadline.none());

        assertEquals(List.of(Result.CREATED, Result.SKIPPED), results(outcomes));
        assertEquals(1, salesforce.creates().size());
        assertEquals(
                300,
                salesforce
                        .creates()
                        .getFirst()
                        .records()
                        .getFirst()
                        .path("CallDurationInSeconds")
                        .asInt());
    }

    @Test
    void log_createsTheTasksOfABatch_inOneCollectionsCall_outcomesInDeliveryOrder() {
        List<CallLogOutcome> outcomes = logger.log(
                List.of(
                        delivery(Records.answeredInbound(CONTACT), "seq-1"),
                        delivery(Records.answeredInbound(OTHER_CONTACT), "seq-2"),
                        delivery(Records.answeredInbound(THIRD_CONTACT), "seq-3")),
                Deadline.none());

        assertEquals(List.of(Result.CREATED, Result.CREATED, Result.CREATED), results(outcomes));
        assertEquals(
                List.of(CONTACT, OTHER_CONTACT, THIRD_CONTACT),
                outcomes.stream().map(CallLogOutcome::contactId).toList());
        assertEquals(
                List.of("seq-1", "seq-2", "seq-3"),
                outcomes.stream().map(CallLogOutcome::itemId).toList());
        assertEquals(1, salesforce.creates().size());
        assertEquals(3, salesforce.creates().getFirst().records().size());
        assertEquals(3, outcomes.stream().map(CallLogOutcome::taskId).distinct().count());
        assertEquals(1, queriesOn("User"));
        for (CallLogOutcome outcome : outcomes) {
            assertEquals(
                    outcome.contactId(),
                    salesforce.tasks().get(outcome.taskId()).path("CallObject").asText());
        }
    }

    @Test
    void log_deadLettersARecordSalesforceRejects_withReasonSalesforceRejected_andCreatesTheOthers() {
        salesforce.reject(
                record -> OTHER_CONTACT.equals(record.path("CallObject").asText()),
                "FIELD_CUSTOM_VALIDATION_EXCEPTION",
                "Subject must name the queue",
                "Subject");
        Delivery refused = delivery(Records.answeredInbound(OTHER_CONTACT), "seq-2");

        List<CallLogOutcome> outcomes =
                logger.log(List.of(delivery(Records.answeredInbound(CONTACT), "seq-1"), refused), Deadline.none());

        assertEquals(List.of(Result.CREATED, Result.DEAD_LETTERED), results(outcomes));
        assertEquals(
                "SALESFORCE_REJECTED: FIELD_CUSTOM_VALIDATION_EXCEPTION",
                outcomes.get(1).detail());
        assertEquals(1, deadLetters.size());
        DeadLetter letter = deadLetters.getFirst();
        assertEquals(DeadLetter.Reason.SALESFORCE_REJECTED, letter.reason());
        assertEquals(OTHER_CONTACT, letter.contactId());
        assertEquals("seq-2", letter.itemId());
        assertEquals(
                "FIELD_CUSTOM_VALIDATION_EXCEPTION: Subject must name the queue [Subject]",
                letter.detail(),
                "Salesforce's own words, for the operator");
        assertArrayEquals(refused.payload().body(), letter.payload().body(), "the delivery as it came");
        assertEquals(NOW, letter.failedAt());
        assertEquals(
                LedgerState.REJECTED, ledger.entry(OTHER_CONTACT).orElseThrow().state());
        assertEquals(LedgerState.DONE, ledger.entry(CONTACT).orElseThrow().state());
        assertEquals(1, salesforce.tasks().size());
    }

    @Test
    void log_skipsARejectedRecord_whenItIsDeliveredAgain_withoutASecondDeadLetter() {
        salesforce.reject(record -> true, "FIELD_CUSTOM_VALIDATION_EXCEPTION", "Subject must name the queue", null);
        Delivery refused = delivery(Records.answeredInbound(CONTACT), "seq-1");
        logger.log(List.of(refused), Deadline.none());

        CallLogOutcome again = logger.log(List.of(refused), Deadline.none()).getFirst();

        assertEquals(Result.SKIPPED, again.result());
        assertEquals(1, deadLetters.size());
        assertEquals(1, salesforce.creates().size());
    }

    @Test
    void log_deadLettersAMalformedRecord_withReasonMalformedRecord_withoutAskingSalesforce() {
        ContactRecordParser parser = new ContactRecordParser();
        Delivery notJson = Delivery.of("seq-1", "kinesis:seq-1", payload("seq-1", "{not json"), parser);
        Delivery noContactId = Delivery.of(
                "seq-2", "kinesis:seq-2", payload("seq-2", "{\"Channel\":\"VOICE\",\"Agent\":null}"), parser);
        assertInstanceOf(Delivery.Unreadable.class, notJson);

        List<CallLogOutcome> outcomes = logger.log(List.of(notJson, noContactId), Deadline.none());

        assertEquals(List.of(Result.DEAD_LETTERED, Result.DEAD_LETTERED), results(outcomes));
        assertTrue(
                outcomes.get(0).detail().startsWith("MALFORMED_RECORD: not JSON"),
                outcomes.get(0).detail());
        assertEquals("MALFORMED_RECORD: no ContactId", outcomes.get(1).detail());
        assertNull(outcomes.get(0).contactId());
        assertEquals(
                List.of(DeadLetter.Reason.MALFORMED_RECORD, DeadLetter.Reason.MALFORMED_RECORD),
                deadLetters.stream().map(DeadLetter::reason).toList());
        assertEquals(
                List.of("seq-1", "seq-2"),
                deadLetters.stream().map(DeadLetter::itemId).toList());
        assertArrayEquals(
                notJson.payload().body(), deadLetters.getFirst().payload().body());
        assertEquals(List.of(), salesforce.calls());
    }

    @Test
    void log_deadLettersOnlyTheMalformedRecord_andLogsTheRestOfTheBatch() {
        Delivery malformed = Delivery.of("seq-1", "kinesis:seq-1", payload("seq-1", "[]"), new ContactRecordParser());

        List<CallLogOutcome> outcomes =
                logger.log(List.of(malformed, delivery(Records.answeredInbound(CONTACT), "seq-2")), Deadline.none());

        assertEquals(List.of(Result.DEAD_LETTERED, Result.CREATED), results(outcomes));
        assertEquals(1, deadLetters.size());
        assertEquals(1, salesforce.tasks().size());
    }

    @Test
    void log_retriesEveryRecord_andDeadLettersNothing_whenTheCollectionsCallAnswers503() {
        salesforce.failNextCollectionCall(503, "SERVER_UNAVAILABLE");

        List<CallLogOutcome> outcomes = logger.log(
                List.of(
                        delivery(Records.answeredInbound(CONTACT), "seq-1"),
                        delivery(Records.answeredInbound(OTHER_CONTACT), "seq-2")),
                Deadline.none());

        assertEquals(List.of(Result.RETRY, Result.RETRY), results(outcomes));
        assertTrue(outcomes.stream().allMatch(CallLogOutcome::needsRetry));
        assertEquals("SERVER_UNAVAILABLE (HTTP 503)", outcomes.getFirst().detail());
        assertEquals(SETTINGS.outageBackoff(), outcomes.getFirst().retryAfter());
        assertEquals(List.of(), deadLetters);
        assertEquals(Map.of(), salesforce.tasks());
        LedgerEntry claim = ledger.entry(CONTACT).orElseThrow();
        assertEquals(LedgerState.PENDING, claim.state());
        assertNull(claim.inDoubtSince(), "a 503 says the call was not served: nothing in doubt");
    }

    @Test
    void log_createsTheTaskOnce_whenTheRecordComesBackAfterA503() {
        salesforce.failNextCollectionCall(503, "SERVER_UNAVAILABLE");
        Delivery delivery = delivery(Records.answeredInbound(CONTACT), "seq-1");
        logger.log(List.of(delivery), Deadline.none());

        CallLogOutcome retried = logger.log(List.of(delivery), Deadline.none()).getFirst();

        assertEquals(Result.CREATED, retried.result());
        assertEquals(1, queriesOn("Task"), "a claim left PENDING is checked against CallObject first");
        assertEquals(2, salesforce.creates().size(), "the refused call and the one that created");
        assertEquals(1, salesforce.tasks().size());
        assertEquals(LedgerState.DONE, ledger.entry(CONTACT).orElseThrow().state());
    }

    @Test
    void log_neverCreatesTwice_whenACreateLandedButItsAnswerWasLost() {
        salesforce.saveButFailNextCollectionCall(500, "UNKNOWN_EXCEPTION");
        Delivery delivery = delivery(Records.answeredInbound(CONTACT), "seq-1");

        CallLogOutcome lost = logger.log(List.of(delivery), Deadline.none()).getFirst();

        assertEquals(Result.RETRY, lost.result());
        assertEquals(SETTINGS.inDoubtGrace(), lost.retryAfter());
        assertTrue(lost.detail().endsWith("the create may still land"), lost.detail());
        assertEquals(NOW, ledger.entry(CONTACT).orElseThrow().inDoubtSince());

        // Redelivered at once: held back without asking Salesforce, the late commit may not be visible yet.
        int callsBefore = salesforce.calls().size();
        CallLogOutcome tooSoon = logger.log(List.of(delivery), Deadline.none()).getFirst();
        assertEquals(Result.RETRY, tooSoon.result());
        assertEquals("an earlier create may still land in Salesforce", tooSoon.detail());
        assertEquals(callsBefore, salesforce.calls().size());

        // After the grace: the CallObject check finds the Task the lost call made.
        clock.advance(SETTINGS.inDoubtGrace().plusSeconds(1));
        CallLogOutcome settled = logger.log(List.of(delivery), Deadline.none()).getFirst();
        String taskId = salesforce.tasks().keySet().iterator().next();
        assertEquals(Result.SKIPPED, settled.result());
        assertEquals("Task " + taskId + " was created by an earlier delivery", settled.detail());
        assertEquals(1, salesforce.creates().size());
        assertEquals(1, salesforce.tasks().size());
        LedgerEntry entry = ledger.entry(CONTACT).orElseThrow();
        assertEquals(LedgerState.DONE, entry.state());
        assertEquals(taskId, entry.taskId());
    }

    @Test
    void log_ignoresAChatContact_whenTheProfileLogsVoiceOnly() {
        ContactRecord voice = Records.answeredInbound(CONTACT);
        ContactRecord chat = Records.withChannel(voice, "CHAT");

        CallLogOutcome outcome =
                logger.log(List.of(delivery(chat, "seq-1")), Deadline.none()).getFirst();

        assertEquals(Result.IGNORED, outcome.result());
        assertEquals("channel CHAT is not logged by profile default", outcome.detail());
        assertEquals(List.of(), salesforce.calls());
        assertTrue(ledger.entry(CONTACT).isEmpty());
    }

    @Test
    void log_retriesTheBatch_whenTheLedgerIsUnavailable() {
        ledger.failWith(new IllegalStateException("DynamoDB throttled"));

        List<CallLogOutcome> outcomes = logger.log(
                List.of(
                        delivery(Records.answeredInbound(CONTACT), "seq-1"),
                        delivery(Records.answeredInbound(OTHER_CONTACT), "seq-2")),
                Deadline.none());

        assertEquals(List.of(Result.RETRY, Result.RETRY), results(outcomes));
        assertEquals("ledger unavailable", outcomes.getFirst().detail());
        assertEquals(List.of(), salesforce.calls());
        assertEquals(List.of(), deadLetters);
    }

    @Test
    void log_retriesAndKeepsTheClaim_whenSalesforceCannotBeReached() {
        CallLogger unreachable = logger(deadLetters::add, () -> {
            throw new SalesforceConfigException("no credentials");
        });

        CallLogOutcome outcome = unreachable
                .log(List.of(delivery(Records.answeredInbound(CONTACT), "seq-1")), Deadline.none())
                .getFirst();

        assertEquals(Result.RETRY, outcome.result());
        assertEquals("Salesforce unavailable", outcome.detail());
        assertEquals(LedgerState.PENDING, ledger.entry(CONTACT).orElseThrow().state());
        assertEquals(List.of(), deadLetters);
    }

    @Test
    void log_retriesInsteadOfDroppingARecord_whenTheDeadLetterQueueIsUnavailable() {
        CallLogger noQueue = logger(
                letter -> {
                    throw new IllegalStateException("SQS unavailable");
                },
                () -> api);
        Delivery malformed =
                Delivery.of("seq-1", "kinesis:seq-1", payload("seq-1", "{not json"), new ContactRecordParser());

        CallLogOutcome outcome =
                noQueue.log(List.of(malformed), Deadline.none()).getFirst();

        assertEquals(Result.RETRY, outcome.result());
        assertEquals("dead-letter queue unavailable", outcome.detail());
    }

    @Test
    void log_defersEveryCall_withoutClaimingOrDeadLettering_whileTheApiBudgetIsShed() {
        CallLogger guarded = guardedLogger("api-usage=14500/15000");

        List<CallLogOutcome> outcomes = guarded.log(
                List.of(
                        delivery(Records.answeredInbound(CONTACT), "seq-1"),
                        delivery(Records.answeredInbound(OTHER_CONTACT), "seq-2")),
                Deadline.none());

        assertEquals(List.of(Result.RETRY, Result.RETRY), results(outcomes));
        for (CallLogOutcome outcome : outcomes) {
            assertTrue(outcome.detail().startsWith("deferred: Salesforce API usage 14500/15000"), outcome.detail());
            assertEquals(
                    CallLogSettings.defaults().limitBackoff(), outcome.retryAfter(), "as after REQUEST_LIMIT_EXCEEDED");
        }
        assertEquals(List.of(), salesforce.calls(), "Salesforce not called");
        assertTrue(ledger.entry(CONTACT).isEmpty(), "nothing claimed");
        assertEquals(List.of(), deadLetters);
    }

    @Test
    void log_writesTheDeferredCalls_onceTheBudgetCoolDownHasPassed() {
        CallLogger guarded = guardedLogger("api-usage=14500/15000");
        Delivery delivery = delivery(Records.answeredInbound(CONTACT), "seq-1");
        guarded.log(List.of(delivery), Deadline.none());

        clock.advance(GuardSettings.DEFAULT_BUDGET_COOL_DOWN);
        CallLogOutcome again = guarded.log(List.of(delivery), Deadline.none()).getFirst();

        assertEquals(Result.CREATED, again.result());
        assertEquals(1, salesforce.tasks().size());
    }

    // --- helpers

    /**
     * Ada's Phone is the caller's number; Jim, edited later, has it as his mobile; a Lead has it too. The profile
     * ranks Contacts above Leads and the Phone field above MobilePhone: Ada is the best match.
     */
    private void seedTwoContactsAndALeadWithTheCallersNumber() {
        salesforce
                .withRecord(
                        "Contact",
                        ADA,
                        Map.of(
                                "Name", "Ada Lovelace",
                                "Phone", "(415) 555-0123",
                                "AccountId", ACCOUNT,
                                "LastModifiedDate", "2026-01-01T00:00:00.000+0000"))
                .withRecord(
                        "Contact",
                        JIM,
                        Map.of(
                                "Name", "Jim Doe",
                                "MobilePhone", "415.555.0123",
                                "AccountId", OTHER_ACCOUNT,
                                "LastModifiedDate", "2026-11-01T00:00:00.000+0000"))
                .withRecord("Lead", LEAD, Map.of("Name", "Ada L.", "Phone", "4155550123"));
    }

    private static String contactIdOf(int i) {
        return "003%012dAAA".formatted(i);
    }

    /** A call log whose guard last saw {@code limitInfo}, with the default timings. */
    private CallLogger guardedLogger(String limitInfo) {
        ApiUsage usage = new ApiUsage();
        usage.seen(limitInfo, clock.instant());
        return new CallLogger(
                name -> Profile.defaults(name),
                states,
                ledger,
                () -> api,
                deadLetters::add,
                executor,
                CallLogSettings.defaults(),
                clock,
                logs.log(CallLogger.class),
                new EmfMetrics(
                        "test", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), clock),
                new SalesforceGuard(usage, GuardSettings.defaults(), clock, logs.log(SalesforceGuard.class)),
                ConnectConsole.unknown(),
                VoiceCallDestination.unconfigured(ledger));
    }

    private CallLogger logger(DeadLetterQueue queue, Supplier<SalesforceApi> salesforceApi) {
        return logger(name -> Profile.defaults(name), queue, salesforceApi);
    }

    private CallLogger logger(
            io.ctibridge.core.config.store.ProfileReader profiles,
            DeadLetterQueue queue,
            Supplier<SalesforceApi> salesforceApi) {
        return new CallLogger(
                profiles,
                states,
                ledger,
                salesforceApi,
                queue,
                executor,
                SETTINGS,
                clock,
                logs.log(CallLogger.class),
                new EmfMetrics(
                        "test", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), clock),
                SalesforceGuard.unguarded(),
                ConnectConsole.unknown(),
                VoiceCallDestination.unconfigured(ledger));
    }

    /** A Kinesis delivery of {@code contact}; the same {@code itemId} names the same Kinesis record. */
    private static Delivery delivery(ContactRecord contact, String itemId) {
        return new Delivery.Readable(
                itemId,
                "kinesis:" + itemId,
                contact,
                payload(itemId, "{\"ContactId\":\"" + contact.contactId() + "\"}"));
    }

    private static SourcePayload payload(String itemId, String body) {
        return new SourcePayload("kinesis", Map.of("sequenceNumber", itemId), body.getBytes(StandardCharsets.UTF_8));
    }

    /** What the caller lookup stored for the contact: Ada, a Contact of an Account. */
    private static LookupResult lookupMatch(String contactId) {
        return new LookupResult(
                contactId,
                Profile.DEFAULT_NAME,
                LookupStatus.MATCH,
                "+14155550123",
                List.of(new CallerMatch(ADA, "Contact", "Ada Lovelace", ACCOUNT, "Analytical Engines", "Phone")),
                "1 match(es)",
                Records.STARTED);
    }

    private long queriesOn(String object) {
        return salesforce.calls().stream()
                .filter(call -> call.isQueryOn(object))
                .count();
    }

    private static List<Result> results(List<CallLogOutcome> outcomes) {
        return outcomes.stream().map(CallLogOutcome::result).toList();
    }
}
