package io.ctibridge.function.contactevent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.aws.AwsClients;
import io.ctibridge.core.aws.AwsSettings;
import io.ctibridge.core.calllog.CallLogSettings;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.priming.SnapStartPriming;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.function.contactrecord.CallLogFixture;
import io.ctibridge.function.contactrecord.ContactRecordHandler;
import io.ctibridge.function.contactrecord.Ctr;
import io.ctibridge.function.contactrecord.KinesisBatch;
import io.ctibridge.local.FakeConnect;
import io.ctibridge.local.LambdaContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.joda.time.DateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.connect.ConnectClient;

/**
 * The EventBridge handler wired as in Lambda, with DescribeContact served by {@link FakeConnect}: a contact is
 * logged once whichever of its event and its contact record comes first.
 */
class ContactEventHandlerIT {

    private static final String SAMPLE_CONTACT = "6c1e9a52-0f3b-4d8e-a7c1-53b2e9d04f17";
    private static final Predicate<RecordedRequest> CALL_OBJECT_QUERY =
            r -> r.queryParam("q").map(q -> q.contains("WHERE CallObject IN")).orElse(false);

    private static CallLogFixture fixture;
    private static FakeConnect connect;
    private static ConnectClient connectClient;
    private static ContactEventHandler handler;
    private static ContactRecordHandler recordHandler;

    @BeforeAll
    static void start() {
        fixture = CallLogFixture.start("call-events-it");
        connect = FakeConnect.start();
        ConnectContacts.directory(connect);
        connectClient = new AwsClients(AwsSettings.local(connect.endpoint()))
                .configure(ConnectClient.builder())
                .build();
        handler = new ContactEventHandler(
                fixture.callLogger(),
                new ConnectContactDescriber(connectClient, JsonLog.stdout(ConnectContactDescriber.class)),
                JsonLog.stdout(ContactEventHandler.class));
        recordHandler = new ContactRecordHandler(fixture.environment); // as the operator CLI wires it
    }

    @AfterAll
    static void stop() {
        connectClient.close();
        connect.close();
        fixture.close();
    }

    @AfterEach
    void reset() {
        fixture.stack.salesforce().faults().reset();
        connect.failAllWith(null);
        fixture.deadLetters.drain();
    }

    @Test
    void theEventThenTheRecord_makeOneTask_whichTheRecordRewrites() throws IOException {
        String jane = fixture.seeded("Contact", "LastName", "Doe");
        String acme = fixture.seeded("Account", "Name", "Acme Robotics");
        fixture.lookedUp(
                SAMPLE_CONTACT, "default", new CallerMatch(jane, "Contact", "Jane Doe", acme, "Acme", "Phone"));
        connect.contact(
                ConnectContacts.INSTANCE_ID,
                SAMPLE_CONTACT,
                ConnectContacts.answeredInbound(SAMPLE_CONTACT, "+14155550123"));

        // Lambda's way in: the sample's bytes to the stream entry; an event handler answers JSON null.
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        handler.handleRequest(
                new ByteArrayInputStream(
                        Files.readAllBytes(Path.of("../../events/eventbridge/contact-disconnected-voice.json"))),
                answer,
                null);
        assertEquals("null", answer.toString(StandardCharsets.UTF_8));

        Map<String, Object> draft = fixture.task(SAMPLE_CONTACT);
        assertEquals("Inbound call from +14155550123", draft.get("Subject"));
        assertEquals(287, ((Number) draft.get("CallDurationInSeconds")).intValue());
        assertEquals(jane, draft.get("WhoId"));
        assertEquals(acme, draft.get("WhatId"));
        assertEquals(fixture.userId("ava.agent@ctibridge.local"), draft.get("OwnerId"), "DescribeUser named the agent");
        assertTrue(((String) draft.get("Description")).startsWith("Queue: Support\nAgent: ava.agent"));

        int updatesBefore = fixture.requests(CallLogFixture.UPDATE_COLLECTION);
        assertEquals(
                List.of(),
                recordHandler
                        .handleEvent(
                                EventLoader.loadKinesisEvent("../../events/kinesis/ctr-inbound-answered.json"), null)
                        .getBatchItemFailures());

        Map<String, Object> task = fixture.task(SAMPLE_CONTACT);
        assertEquals(draft.get("Id"), task.get("Id"));
        assertEquals(
                1,
                fixture.requests(CallLogFixture.UPDATE_COLLECTION) - updatesBefore,
                "the record rewrote the event's draft with its fuller account");
    }

    @Test
    void theRecordThenTheEvent_skipsTheEvent_withoutAskingConnect() {
        Ctr call = Ctr.answered("+14155550201");
        assertEquals(
                List.of(),
                recordHandler
                        .handleEvent(KinesisBatch.ofCtrs(List.of(call)), null)
                        .getBatchItemFailures());
        int connectCalls = connect.paths().size();
        int apiCalls = fixture.requests(CallLogFixture.API_CALL);

        handler.handleEvent(disconnected(call.contactId(), "VOICE"), null);

        assertEquals(connectCalls, connect.paths().size());
        assertEquals(apiCalls, fixture.requests(CallLogFixture.API_CALL));
        assertEquals(1, fixture.tasks(call.contactId()).size());
    }

    @Test
    void aChatEvent_isIgnored_withoutAskingConnect() {
        int connectCalls = connect.paths().size();

        handler.handleEvent(
                EventLoader.loadScheduledEvent("../../events/eventbridge/contact-disconnected-chat.json"), null);

        assertEquals(connectCalls, connect.paths().size());
        assertEquals(List.of(), fixture.tasks("71c0e4d9-2b8a-4f36-a5d7-e09f13c6b842"));
    }

    @Test
    void aContactConnectDoesNotKnow_failsTheInvocation_forLambdaToRetry() {
        String contactId = UUID.randomUUID().toString();

        assertThrows(CallNotLoggedException.class, () -> handler.handleEvent(disconnected(contactId, "VOICE"), null));

        assertEquals(List.of(), fixture.tasks(contactId));
    }

    @Test
    void connectThrottling_failsTheInvocation_andTheRetryLogsTheCallOnce() {
        String contactId = UUID.randomUUID().toString();
        connect.contact(
                ConnectContacts.INSTANCE_ID, contactId, ConnectContacts.answeredInbound(contactId, "+14155550202"));
        ScheduledEvent event = disconnected(contactId, "Voice");
        connect.failAllWith("ThrottlingException");

        assertThrows(SdkException.class, () -> handler.handleEvent(event, null));
        connect.failAllWith(null);
        handler.handleEvent(event, null);
        handler.handleEvent(event, null);

        assertEquals(1, fixture.tasks(contactId).size());
    }

    @Test
    void salesforceUnavailable_failsTheInvocation_andTheRetryChecksBeforeCreating() {
        String contactId = UUID.randomUUID().toString();
        connect.contact(
                ConnectContacts.INSTANCE_ID, contactId, ConnectContacts.answeredInbound(contactId, "+14155550203"));
        ScheduledEvent event = disconnected(contactId, "VOICE");
        fixture.stack.salesforce().faults().failEvery(1, 503, "SERVER_UNAVAILABLE", "maintenance");

        assertThrows(CallNotLoggedException.class, () -> handler.handleEvent(event, null));
        fixture.stack.salesforce().faults().reset();
        int doubtChecks = fixture.requests(CALL_OBJECT_QUERY);
        handler.handleEvent(event, null);

        assertEquals(1, fixture.tasks(contactId).size());
        assertEquals(
                1, fixture.requests(CALL_OBJECT_QUERY) - doubtChecks, "the retry took its own claim over, in doubt");
    }

    @Test
    void aCreateSalesforceCommitsAfterTheClientGaveUp_isNotCreatedAgain_byTheRetriedEvent() throws Exception {
        ContactEventHandler logger = new ContactEventHandler(
                fixture.environment.callLogger(
                        CallLogSettings.defaults().withoutWaiting().withInDoubtGrace(Duration.ofSeconds(4))),
                new ConnectContactDescriber(connectClient, JsonLog.stdout(ConnectContactDescriber.class)),
                JsonLog.stdout(ContactEventHandler.class));
        String warm = UUID.randomUUID().toString(); // the session and the agent's owner, before Salesforce slows down
        connect.contact(ConnectContacts.INSTANCE_ID, warm, ConnectContacts.answeredInbound(warm, "+14155550205"));
        logger.handleEvent(disconnected(warm, "VOICE"), null);
        String contactId = UUID.randomUUID().toString();
        connect.contact(
                ConnectContacts.INSTANCE_ID, contactId, ConnectContacts.answeredInbound(contactId, "+14155550206"));
        ScheduledEvent event = disconnected(contactId, "VOICE");
        int createsBefore = fixture.requests(CallLogFixture.CREATE_COLLECTION);
        // 1 s for the work; Salesforce answers after 2 s and commits the Task even so.
        fixture.stack.salesforce().faults().latency(Duration.ofSeconds(2));
        Duration timeout = ContactEventHandler.LAMBDA_MARGIN.plusSeconds(1);

        assertThrows(
                CallNotLoggedException.class,
                () -> logger.handleEvent(event, new LambdaContext("call-logger-test", timeout)));
        fixture.stack.salesforce().faults().reset();
        int connectCalls = connect.paths().size();
        CallNotLoggedException early = assertThrows(
                CallNotLoggedException.class,
                () -> logger.handleEvent(event, new LambdaContext("call-logger-test", timeout)));

        assertTrue(early.getMessage().contains("may still land"), early.getMessage());
        assertEquals(connectCalls, connect.paths().size(), "held back before asking Connect");
        Thread.sleep(Duration.ofSeconds(4)); // the grace; Lambda's own retry comes a minute later
        logger.handleEvent(event, new LambdaContext("call-logger-test", timeout));

        assertEquals(1, fixture.tasks(contactId).size());
        assertEquals(1, fixture.requests(CallLogFixture.CREATE_COLLECTION) - createsBefore);
    }

    @Test
    void aTaskSalesforceRefuses_goesToTheDeadLetterQueue_andTheInvocationSucceeds() {
        String contactId = UUID.randomUUID().toString();
        connect.contact(
                ConnectContacts.INSTANCE_ID, contactId, ConnectContacts.answeredInbound(contactId, "+14155550204"));
        fixture.stack
                .salesforce()
                .faults()
                .failRecordsMatching(
                        r -> contactId.equals(r.get("CallObject")),
                        "FIELD_CUSTOM_VALIDATION_EXCEPTION",
                        "Calls need a product line");

        handler.handleEvent(disconnected(contactId, "VOICE"), null);

        JsonNode letter = fixture.deadLetters.drain().getFirst();
        assertEquals("SALESFORCE_REJECTED", letter.path("reason").asText());
        assertEquals("eventbridge", letter.path("source").asText());
        assertEquals(contactId, letter.path("contactId").asText());
    }

    @Test
    void snapStartPriming_readsTheSyntheticEventInTheJar_describesAndLogsItInMemory() {
        // The hook runs once per published version, before the snapshot: a broken resource would fail the deploy.
        int connectCalls = connect.paths().size();
        int salesforceCalls = fixture.stack.salesforce().requests().count();

        ContactEventHandler.PrimingSummary summary = ContactEventHandler.primeHandler(fixture.environment);

        // DescribeContact, DescribeUser and DescribeQueue each round, answered from memory.
        assertEquals(3 * SnapStartPriming.ROUNDS, summary.connectCallsAnswered());
        assertEquals(SnapStartPriming.ROUNDS, summary.callLog().tasksCreated());
        assertEquals(List.of(), summary.callLog().deadLetters());
        assertEquals(connectCalls, connect.paths().size(), "nothing reached Connect");
        assertEquals(salesforceCalls, fixture.stack.salesforce().requests().count(), "nothing reached Salesforce");
        assertEquals(List.of(), fixture.deadLetters.drain(), "nothing reached the dead-letter queue");
    }

    @Test
    void bytesThatAreNotAnEventBridgeEvent_failTheInvocation_forLambdaToRetryAndThenDeadLetter() {
        int connectCalls = connect.paths().size();
        int apiCalls = fixture.requests(CallLogFixture.API_CALL);
        for (String junk : List.of("not json", "[1, 2]", "{\"detail\": \"+14155550123\"}")) {
            IllegalArgumentException failure = assertThrows(
                    IllegalArgumentException.class,
                    () -> handler.handleRequest(
                            new ByteArrayInputStream(junk.getBytes(StandardCharsets.UTF_8)),
                            new ByteArrayOutputStream(),
                            null));
            assertTrue(failure.getMessage().startsWith("not a readable ScheduledEvent"), failure.getMessage());
            assertFalse(failure.getMessage().contains("4155550123"), failure.getMessage());
        }
        assertEquals(connectCalls, connect.paths().size());
        assertEquals(apiCalls, fixture.requests(CallLogFixture.API_CALL));
    }

    @Test
    void anEventWithoutContactId_goesToTheDeadLetterQueue_withTheEventItself() throws Exception {
        ScheduledEvent event = disconnected("x", "VOICE");
        event.getDetail().remove("contactId");

        handler.handleEvent(event, null);

        List<JsonNode> letters = fixture.deadLetters.drain();
        assertEquals(1, letters.size());
        assertEquals("MALFORMED_RECORD", letters.getFirst().path("reason").asText());
        assertEquals(
                "event detail has no contactId",
                letters.getFirst().path("detail").asText());
        JsonNode original =
                new ObjectMapper().readTree(letters.getFirst().path("payload").asText());
        assertEquals(
                "Amazon Connect Contact Event", original.path("detail-type").asText());
        assertEquals(event.getId(), original.path("id").asText());
    }

    private static ScheduledEvent disconnected(String contactId, String channel) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("eventType", "DISCONNECTED");
        detail.put("contactId", contactId);
        detail.put("channel", channel);
        detail.put("instanceArn", ConnectContacts.INSTANCE_ARN);
        detail.put("initiationMethod", "INBOUND");
        return new ScheduledEvent()
                .withVersion("0")
                .withId(UUID.randomUUID().toString())
                .withDetailType("Amazon Connect Contact Event")
                .withSource("aws.connect")
                .withAccount("123456789012")
                .withRegion("us-east-1")
                .withTime(DateTime.parse("2026-11-24T15:08:12Z"))
                .withResources(List.of(ConnectContacts.INSTANCE_ARN + "/contact/" + contactId))
                .withDetail(detail);
    }
}
