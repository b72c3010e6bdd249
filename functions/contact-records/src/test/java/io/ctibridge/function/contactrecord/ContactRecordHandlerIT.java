package io.ctibridge.function.contactrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.ctibridge.core.calllog.CallLogSettings;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.observability.LogSink;
import io.ctibridge.core.priming.CallLogPriming;
import io.ctibridge.core.priming.SnapStartPriming;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.root.OutsideWorld;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kinesis handler wired as in Lambda against moto and the Salesforce emulator: what the Task says, which
 * records it is about, and what becomes of records that cannot be logged. Sample events are the files in
 * {@code events/kinesis}, loaded through the Lambda runtime's own deserialiser.
 */
class ContactRecordHandlerIT {

    private static final Path SAMPLES = Path.of("../../events/kinesis");
    private static final String INBOUND = "6c1e9a52-0f3b-4d8e-a7c1-53b2e9d04f17";
    private static final String OUTBOUND = "a8f3d7c2-5e91-4b06-9c3d-2e7f1a9b8c40";
    private static final String TRANSFER_FIRST = "0d4b7e19-8a2c-4f53-b6e0-91c3f5a7d218";
    private static final String TRANSFER_SECOND = "e5a90c3b-7d14-4e28-8f6a-3b1d2c9e7f05";
    private static final String ABANDONED = "3f8e2b6d-1c47-4a95-9e08-7d6c5b4a3f21";

    private static CallLogFixture fixture;
    private static ContactRecordHandler handler;

    @BeforeAll
    static void start() {
        fixture = CallLogFixture.start("call-records-it");
        ProfileParser parser = new ProfileParser();
        fixture.stack.profiles().put(parser.parse("""
                {"profile": "with-disposition", "callLog": {"dispositionAttribute": "ctiDisposition"}}"""), "test");
        fixture.stack.profiles().put(parser.parse("""
                {"profile": "answered-only", "callLog": {"logAbandoned": false, "maskNumberInSubject": true}}"""), "test");
        handler = fixture.recordHandler();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @AfterEach
    void resetFaults() {
        fixture.stack.salesforce().faults().reset();
        fixture.deadLetters.drain();
    }

    @Test
    void inboundAnsweredCall_becomesACompletedCallTask_onTheContactAndItsAccount() throws IOException {
        String jane = fixture.seeded("Contact", "LastName", "Doe");
        String acme = fixture.seeded("Account", "Name", "Acme Robotics");
        fixture.lookedUp(
                INBOUND, "default", new CallerMatch(jane, "Contact", "Jane Doe", acme, "Acme Robotics", "Phone"));

        // Lambda's way in: the sample's bytes to the stream entry, the batch response as Lambda reads it.
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        handler.handleRequest(
                new ByteArrayInputStream(Files.readAllBytes(SAMPLES.resolve("ctr-inbound-answered.json"))),
                response,
                null);
        assertEquals("{\"batchItemFailures\":[]}", response.toString(StandardCharsets.UTF_8));

        Map<String, Object> task = fixture.task(INBOUND);
        assertEquals("Inbound call from +14155550123", task.get("Subject"));
        assertEquals("Completed", task.get("Status"));
        assertEquals("Normal", task.get("Priority"));
        assertEquals("Call", task.get("TaskSubtype"));
        assertEquals("Call", task.get("Type"));
        assertEquals("Inbound", task.get("CallType"));
        assertEquals(
                287,
                ((Number) task.get("CallDurationInSeconds")).intValue(),
                "15:03:24 agent connected, 15:08:11 disconnect");
        assertEquals(INBOUND, task.get("CallObject"));
        assertEquals(
                "CUSTOMER_DISCONNECT",
                task.get("CallDisposition"),
                "the default profile names no disposition attribute");
        assertEquals("2026-11-24", task.get("ActivityDate"));
        assertEquals(
                "Queue: Support\nAgent: ava.agent\nInitiation: INBOUND\nDisconnect reason: CUSTOMER_DISCONNECT\n"
                        + "Amazon Connect contact: " + INBOUND,
                task.get("Description"));
        assertEquals(jane, task.get("WhoId"));
        assertEquals(acme, task.get("WhatId"));
        assertEquals(fixture.userId("ava.agent@ctibridge.local"), task.get("OwnerId"), "Federation ID ava.agent");
    }

    @Test
    void outboundCall_isLoggedOnTheAccountTheLookupFound_ownedByTheCallingAgent() {
        String hooli = fixture.seeded("Account", "Name", "Hooli Inc");
        fixture.lookedUp(
                OUTBOUND, "default", new CallerMatch(hooli, "Account", "Hooli Inc", hooli, "Hooli Inc", "Phone"));

        assertNoFailures(handler.handleEvent(sample("ctr-outbound.json"), null));

        Map<String, Object> task = fixture.task(OUTBOUND);
        assertEquals("Outbound call to +16505550110", task.get("Subject"));
        assertEquals("Outbound", task.get("CallType"));
        assertEquals(285, ((Number) task.get("CallDurationInSeconds")).intValue());
        assertEquals("AGENT_DISCONNECT", task.get("CallDisposition"));
        assertNull(task.get("WhoId"), "an Account is never the WhoId");
        assertEquals(hooli, task.get("WhatId"));
        assertEquals(fixture.userId("ben.okafor@ctibridge.local"), task.get("OwnerId"));
        assertTrue(
                ((String) task.get("Description")).startsWith("Queue: none\nAgent: ben.okafor\nInitiation: OUTBOUND"));
    }

    @Test
    void transfer_makesOneTaskPerLeg_bothOnTheLeadTheFirstLegsLookupFound() {
        String lead = fixture.seeded("Lead", "Company", "O'Brien Consulting");
        // The lookup ran in the first leg's flow only: the second leg finds it through its InitialContactId.
        fixture.lookedUp(
                TRANSFER_FIRST, "with-disposition", new CallerMatch(lead, "Lead", "Sam O'Brien", null, null, "Phone"));

        assertNoFailures(handler.handleEvent(sample("ctr-transfer.json"), null));

        Map<String, Object> first = fixture.task(TRANSFER_FIRST);
        Map<String, Object> second = fixture.task(TRANSFER_SECOND);
        assertEquals("Inbound", first.get("CallType"));
        assertEquals("Internal", second.get("CallType"), "the transferred leg stays inside the contact center");
        assertEquals("Inbound call from +14155550188", second.get("Subject"));
        assertEquals(
                "Transferred to billing", first.get("CallDisposition"), "from the profile's disposition attribute");
        assertEquals("Payment plan agreed", second.get("CallDisposition"));
        assertEquals(lead, first.get("WhoId"));
        assertEquals(lead, second.get("WhoId"));
        assertNull(first.get("WhatId"), "a Task about a Lead has no WhatId");
        assertNull(second.get("WhatId"));
        assertEquals(fixture.userId("ava.agent@ctibridge.local"), first.get("OwnerId"));
        assertEquals(fixture.userId("ben.okafor@ctibridge.local"), second.get("OwnerId"));
        assertEquals(387, ((Number) second.get("CallDurationInSeconds")).intValue());
        assertTrue(((String) second.get("Description")).endsWith("Initial contact: " + TRANSFER_FIRST));
    }

    @Test
    void abandonedCall_isLoggedAbandoned_withoutDurationOrOwner() {
        assertNoFailures(handler.handleEvent(sample("ctr-abandoned.json"), null));

        Map<String, Object> task = fixture.task(ABANDONED);
        assertEquals("Inbound call from +12125550199", task.get("Subject"));
        assertEquals("Abandoned", task.get("CallDisposition"));
        assertEquals(0, ((Number) task.get("CallDurationInSeconds")).intValue());
        assertNull(task.get("OwnerId"), "no agent, no fallback owner: the integration user owns it");
        assertNull(task.get("WhoId"));
        assertTrue(((String) task.get("Description")).contains("Queue: Support\nAgent: none (not answered)"));
    }

    @Test
    void whoAndWhat_followSalesforcesRules_forEveryKindOfMatch() {
        String leadWithCompanyAccount = fixture.insert("Lead", Map.of("LastName", "Lee", "Company", "Lee Ltd"));
        String acme = fixture.seeded("Account", "Name", "Acme Robotics");
        String loneContact = fixture.seeded("Contact", "LastName", "Baker");
        String patient = fixture.seeded("Patient__c", "Name", "Alex Rivera");
        Ctr lead = Ctr.answered("+14155550101");
        Ctr contact = Ctr.answered("+14155550102");
        Ctr custom = Ctr.answered("+14155550103");
        fixture.lookedUp(
                lead.contactId(),
                "default",
                new CallerMatch(leadWithCompanyAccount, "Lead", "Lee", acme, "Acme", "Phone"));
        fixture.lookedUp(
                contact.contactId(),
                "default",
                new CallerMatch(loneContact, "Contact", "Tom Baker", null, null, "Phone"));
        fixture.lookedUp(
                custom.contactId(),
                "default",
                new CallerMatch(patient, "Patient__c", "Alex Rivera", acme, "Acme", "Phone__c"));

        assertNoFailures(handler.handleEvent(KinesisBatch.ofCtrs(List.of(lead, contact, custom)), null));

        assertEquals(leadWithCompanyAccount, fixture.task(lead.contactId()).get("WhoId"));
        assertNull(fixture.task(lead.contactId()).get("WhatId"), "never an Account next to a Lead");
        assertEquals(loneContact, fixture.task(contact.contactId()).get("WhoId"));
        assertNull(fixture.task(contact.contactId()).get("WhatId"));
        assertNull(fixture.task(custom.contactId()).get("WhoId"));
        assertEquals(patient, fixture.task(custom.contactId()).get("WhatId"));
    }

    @Test
    void aNewerVersionOfTheRecord_rewritesTheTask_andAnOlderOneChangesNothing() {
        Ctr first = Ctr.answered("+14155550104");
        fixture.lookedUp(first.contactId(), "with-disposition");
        Ctr second = first.laterVersion(120).attribute("ctiDisposition", "Callback promised");

        assertNoFailures(handler.handleEvent(KinesisBatch.ofCtrs(List.of(first)), null));
        String taskId = (String) fixture.task(first.contactId()).get("Id");
        int updatesBefore = fixture.requests(CallLogFixture.UPDATE_COLLECTION);
        assertNoFailures(handler.handleEvent(KinesisBatch.ofCtrs(List.of(second)), null));
        assertNoFailures(handler.handleEvent(KinesisBatch.ofCtrs(List.of(first)), null));

        Map<String, Object> task = fixture.task(first.contactId());
        assertEquals(taskId, task.get("Id"));
        assertEquals("Callback promised", task.get("CallDisposition"));
        assertEquals(
                1,
                fixture.requests(CallLogFixture.UPDATE_COLLECTION) - updatesBefore,
                "the older record wrote nothing");
    }

    @Test
    void twoVersionsInOneBatch_makeOneTask_fromTheNewer() {
        Ctr first = Ctr.answered("+14155550105");
        fixture.lookedUp(first.contactId(), "with-disposition");
        Ctr second = first.laterVersion(60).attribute("ctiDisposition", "Resolved");

        assertNoFailures(handler.handleEvent(KinesisBatch.ofCtrs(List.of(second, first)), null));

        assertEquals("Resolved", fixture.task(first.contactId()).get("CallDisposition"));
    }

    @Test
    void malformedRecords_goToTheDeadLetterQueue_andTheRestOfTheBatchIsLogged() {
        Ctr before = Ctr.answered("+14155550106");
        Ctr after = Ctr.answered("+14155550107");
        byte[] notJson = "{\"ContactId\": \"c-1\", \"CustomerEndpoint\": {\"Address\": +14155550999"
                .getBytes(StandardCharsets.UTF_8);
        byte[] binary = {(byte) 0xF3, (byte) 0x89, (byte) 0x9A, (byte) 0xC2, 0x0A, 0x24, (byte) 0xFF, 0x00};
        byte[] noContactId = Ctr.answered("+14155550108").without("ContactId").json();
        // A producer that base64-encoded the record itself: Lambda's decoding leaves base64 text, which is not JSON.
        byte[] doubleEncoded =
                Base64.getEncoder().encode(Ctr.answered("+14155550109").json());
        KinesisEvent batch =
                KinesisBatch.of(List.of(before.json(), notJson, binary, noContactId, doubleEncoded, after.json()));

        StreamsEventResponse response = handler.handleEvent(batch, null);

        assertNoFailures(response);
        fixture.task(before.contactId());
        fixture.task(after.contactId());
        Map<String, JsonNode> letters = byItemId(fixture.deadLetters.drain());
        assertEquals(4, letters.size());
        JsonNode notJsonLetter = letters.get(KinesisBatch.sequenceNumber(batch, 1));
        assertEquals("MALFORMED_RECORD", notJsonLetter.path("reason").asText());
        assertTrue(notJsonLetter.path("detail").asText().startsWith("not JSON"));
        assertEquals(
                new String(notJson, StandardCharsets.UTF_8),
                notJsonLetter.path("payload").asText(),
                "kept byte for byte");
        assertEquals(
                "shardId-000000000000:" + KinesisBatch.sequenceNumber(batch, 1),
                notJsonLetter.path("metadata").path("eventID").asText());
        JsonNode binaryLetter = letters.get(KinesisBatch.sequenceNumber(batch, 2));
        assertEquals("not UTF-8 text", binaryLetter.path("detail").asText());
        assertEquals(
                Base64.getEncoder().encodeToString(binary),
                binaryLetter.path("payloadBase64").asText());
        assertEquals(
                "no ContactId",
                letters.get(KinesisBatch.sequenceNumber(batch, 3))
                        .path("detail")
                        .asText());
        assertTrue(letters.get(KinesisBatch.sequenceNumber(batch, 4))
                .path("detail")
                .asText()
                .startsWith("not JSON"));
    }

    @Test
    void snapStartPriming_readsTheSyntheticEventInTheJar_andLogsItInMemory() {
        // The hook runs once per published version, before the snapshot: a broken resource would fail the deploy.
        int requestsBefore = fixture.stack.salesforce().requests().count();

        CallLogPriming.Summary summary = ContactRecordHandler.primeHandler(fixture.environment);

        assertEquals(SnapStartPriming.ROUNDS, summary.tasksCreated());
        assertEquals(SnapStartPriming.ROUNDS, summary.ownerQueries());
        assertEquals(List.of(), summary.deadLetters());
        assertEquals(requestsBefore, fixture.stack.salesforce().requests().count(), "nothing reached Salesforce");
        assertEquals(List.of(), fixture.deadLetters.drain(), "nothing reached the dead-letter queue");
    }

    @Test
    void badBase64_failsTheInvocation_beforeAnyRecordIsTouched() {
        // Kinesis always encodes correctly; a broken "data" fails reading the event, so Lambda retries the batch
        // and, past its retries, hands it to the on-failure destination: nothing is dropped.
        String event = """
                {"Records":[{"kinesis":{"kinesisSchemaVersion":"1.0","partitionKey":"p","sequenceNumber":"1",
                 "data":"!!not base64!!","approximateArrivalTimestamp":1795964400.123},"eventSource":"aws:kinesis",
                 "eventID":"shardId-000000000000:1","eventName":"aws:kinesis:record"}]}""";
        int requestsBefore = fixture.stack.salesforce().requests().count();

        IllegalArgumentException failure = assertThrows(
                IllegalArgumentException.class,
                () -> handler.handleRequest(
                        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
                        new ByteArrayOutputStream(),
                        null));

        assertTrue(failure.getMessage().startsWith("not a readable KinesisEvent"), failure.getMessage());
        assertEquals(requestsBefore, fixture.stack.salesforce().requests().count());
        assertEquals(List.of(), fixture.deadLetters.drain());
    }

    @Test
    void aTaskSalesforceRefuses_goesToTheDeadLetterQueueWithTheReason_andIsNotTriedAgain() {
        Ctr refused = Ctr.answered("+14155550110");
        Ctr fine = Ctr.answered("+14155550111");
        fixture.stack
                .salesforce()
                .faults()
                .failRecordsMatching(
                        r -> refused.contactId().equals(r.get("CallObject")),
                        "FIELD_CUSTOM_VALIDATION_EXCEPTION",
                        "Calls need a product line");
        KinesisEvent batch = KinesisBatch.ofCtrs(List.of(refused, fine));

        assertNoFailures(handler.handleEvent(batch, null));
        assertNoFailures(handler.handleEvent(batch, null));

        assertEquals(List.of(), fixture.tasks(refused.contactId()));
        fixture.task(fine.contactId());
        List<JsonNode> letters = fixture.deadLetters.drain();
        assertEquals(1, letters.size(), "the redelivery was skipped: the ledger knows it was refused");
        JsonNode letter = letters.getFirst();
        assertEquals("SALESFORCE_REJECTED", letter.path("reason").asText());
        assertEquals(
                "FIELD_CUSTOM_VALIDATION_EXCEPTION: Calls need a product line",
                letter.path("detail").asText());
        assertEquals(refused.contactId(), letter.path("contactId").asText());
        assertEquals(
                new String(refused.json(), StandardCharsets.UTF_8),
                letter.path("payload").asText());
    }

    @Test
    void aRefusedContact_isTriedAgain_whenALaterVersionOfItsRecordArrives() {
        Ctr refused = Ctr.answered("+14155550112");
        fixture.stack
                .salesforce()
                .faults()
                .failRecordsMatching(
                        r -> refused.contactId().equals(r.get("CallObject")),
                        "REQUIRED_FIELD_MISSING",
                        "Required fields are missing: [Product__c]");
        assertNoFailures(handler.handleEvent(KinesisBatch.ofCtrs(List.of(refused)), null));
        fixture.stack.salesforce().faults().reset();

        assertNoFailures(handler.handleEvent(KinesisBatch.ofCtrs(List.of(refused.laterVersion(30))), null));

        fixture.task(refused.contactId());
    }

    @Test
    void otherChannels_andAbandonedCallsWhenTheProfileSkipsThem_areIgnored() {
        Ctr chat = Ctr.answered("+14155550113").channel("CHAT");
        Ctr abandoned = Ctr.answered("+14155550114").noAgent();
        fixture.lookedUp(abandoned.contactId(), "answered-only");

        assertNoFailures(handler.handleEvent(KinesisBatch.ofCtrs(List.of(chat, abandoned)), null));

        assertEquals(List.of(), fixture.tasks(chat.contactId()));
        assertEquals(List.of(), fixture.tasks(abandoned.contactId()));
        assertEquals(List.of(), fixture.deadLetters.drain());
    }

    @Test
    void channelsAreComparedWithoutCase() {
        Ctr voice = Ctr.answered("+14155550115").channel("Voice");

        assertNoFailures(handler.handleEvent(KinesisBatch.ofCtrs(List.of(voice)), null));

        fixture.task(voice.contactId());
    }

    @Test
    void logs_areKeyedByContactId_andNeverHoldTheFullNumber() {
        Ctr call = Ctr.answered("+14155550116");
        fixture.lookedUp(call.contactId(), "answered-only");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Clock clock = Clock.systemUTC();
        CompositionRoot logging =
                new CompositionRoot(OutsideWorld.fromEnvironment(fixture.stack.functionEnvironment(), clock)
                        .withLogs(new LogSink(
                                new PrintStream(buffer, true, StandardCharsets.UTF_8), JsonLog.Level.DEBUG, clock)));
        ContactRecordHandler logged = new ContactRecordHandler(
                logging.callLogger(CallLogSettings.defaults().withoutWaiting()),
                logging.log(ContactRecordHandler.class));
        assertNoFailures(logged.handleEvent(KinesisBatch.ofCtrs(List.of(call)), null));
        String logs = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("\"contactId\":\"" + call.contactId() + "\""), logs);
        assertTrue(logs.contains("+1415*****16"), logs);
        assertTrue(logs.contains("\"CallLogDeliveries\":1"), "one metric per delivery: " + logs);
        assertFalse(logs.contains("4155550116"), logs);
        assertEquals(
                "Inbound call from +1415*****16", fixture.task(call.contactId()).get("Subject"), "masked per profile");
    }

    private static KinesisEvent sample(String file) {
        return EventLoader.loadKinesisEvent(SAMPLES.resolve(file).toString());
    }

    private static void assertNoFailures(StreamsEventResponse response) {
        assertEquals(List.of(), response.getBatchItemFailures());
    }

    private static Map<String, JsonNode> byItemId(List<JsonNode> letters) {
        return letters.stream()
                .collect(java.util.stream.Collectors.toMap(l -> l.path("itemId").asText(), l -> l));
    }
}
