package io.ctibridge.function.contactanalysis;

import static io.ctibridge.function.contactanalysis.AnalysisFixture.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.calllog.analysis.AnalysisOutcome;
import io.ctibridge.core.calllog.analysis.AnalysisRetryException;
import io.ctibridge.function.contactrecord.CallLogFixture;
import io.ctibridge.function.contactrecord.Ctr;
import io.ctibridge.local.ContactLensFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analysis handler wired as in Lambda, against moto (S3, DynamoDB, SQS) and the Salesforce emulator, beside the
 * contact-record handler: each analysis lands on its call's Task once, whichever comes first, whatever the order.
 */
class ContactAnalysisHandlerIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EVENTS = AnalysisFixture.EVENTS;
    private static final Instant WRITTEN = Instant.parse("2026-11-24T15:09:02Z");

    private static AnalysisFixture analyses;
    private static CallLogFixture fixture;
    private static ContactLensFiles files;

    @BeforeAll
    static void start() {
        analyses = AnalysisFixture.start("contact-analysis-it");
        fixture = analyses.calls;
        files = analyses.files;
    }

    @AfterAll
    static void stop() {
        analyses.close();
    }

    @AfterEach
    void reset() {
        analyses.reset();
    }

    @Test
    void analysisAfterTheContactRecord_updatesTheTaskByIdOnce() {
        Ctr call = Ctr.answered("+14155550188");
        analyses.log(call);
        String event = analyses.put(call.contactId(), WRITTEN, "analysis-agent-customer.json");
        int updates = fixture.requests(CallLogFixture.UPDATE_COLLECTION);

        assertEquals(AnalysisOutcome.Result.APPLIED, analyses.deliver(event).result());

        Map<String, Object> task = fixture.task(call.contactId());
        assertTrue(((String) task.get("Contact_Lens_Summary__c")).startsWith("The customer called about a duplicate"));
        assertEquals(-0.8, number(task, "Customer_Sentiment__c"));
        assertEquals(2.4, number(task, "Agent_Sentiment__c"));
        assertEquals("Billing dispute;Retention offer", task.get("Contact_Lens_Categories__c"));
        assertEquals(61.0, number(task, "Talk_Time_Seconds__c"));
        assertEquals(6.0, number(task, "Non_Talk_Time_Seconds__c"));
        assertEquals(updates + 1, fixture.requests(CallLogFixture.UPDATE_COLLECTION), "one update by the Task's Id");

        // EventBridge delivers at least once: the same event again changes nothing and costs no Salesforce call.
        int calls = fixture.requests(CallLogFixture.API_CALL);
        assertEquals(AnalysisOutcome.Result.SKIPPED, analyses.deliver(event).result());
        assertEquals(calls, fixture.requests(CallLogFixture.API_CALL));
        assertEquals(List.of(), fixture.deadLetters.drain());
    }

    @Test
    void analysisBeforeTheContactRecord_waitsAndIsWrittenWithTheCreate_atNoExtraRequest() {
        Ctr call = Ctr.answered("+14155550189");
        String event = analyses.put(call.contactId(), WRITTEN, "analysis-agent-customer.json");
        int calls = fixture.requests(CallLogFixture.API_CALL);

        assertEquals(AnalysisOutcome.Result.WAITING, analyses.deliver(event).result());
        assertEquals(calls, fixture.requests(CallLogFixture.API_CALL), "nothing to write yet");
        assertEquals(List.of(), fixture.tasks(call.contactId()));

        int updates = fixture.requests(CallLogFixture.UPDATE_COLLECTION);
        analyses.log(call);
        Map<String, Object> task = fixture.task(call.contactId());
        assertEquals(-0.8, number(task, "Customer_Sentiment__c"));
        assertTrue(((String) task.get("Contact_Lens_Summary__c")).contains("duplicate charge"));
        assertEquals(updates, fixture.requests(CallLogFixture.UPDATE_COLLECTION), "folded into the create");

        // Its redelivery after the Task finds it applied; a later version of the record keeps it.
        calls = fixture.requests(CallLogFixture.API_CALL);
        assertEquals(AnalysisOutcome.Result.SKIPPED, analyses.deliver(event).result());
        assertEquals(calls, fixture.requests(CallLogFixture.API_CALL));
        analyses.log(call.laterVersion(30));
        assertEquals(-0.8, number(fixture.task(call.contactId()), "Customer_Sentiment__c"));
        assertEquals(List.of(), fixture.deadLetters.drain());
    }

    @Test
    void anOlderAnalysisAfterANewerOne_changesNothing_beforeOrAfterTheTask() {
        Ctr before = Ctr.answered("+14155550190");
        String newer = analyses.put(before.contactId(), WRITTEN.plusSeconds(600), "analysis-uuid-participants.json");
        String older = analyses.put(before.contactId(), WRITTEN, "analysis-agent-customer.json");
        assertEquals(AnalysisOutcome.Result.WAITING, analyses.deliver(newer).result());
        assertEquals(AnalysisOutcome.Result.SKIPPED, analyses.deliver(older).result());
        analyses.log(before);
        Map<String, Object> task = fixture.task(before.contactId());
        assertEquals(3.2, number(task, "Customer_Sentiment__c"), "the UUID participants map to their roles");
        assertEquals(1.7, number(task, "Agent_Sentiment__c"));
        assertNull(task.get("Contact_Lens_Summary__c"), "the newer analysis has no summary");

        Ctr after = Ctr.answered("+14155550191");
        analyses.log(after);
        String newerAfter =
                analyses.put(after.contactId(), WRITTEN.plusSeconds(600), "analysis-uuid-participants.json");
        String olderAfter = analyses.put(after.contactId(), WRITTEN, "analysis-agent-customer.json");
        assertEquals(
                AnalysisOutcome.Result.APPLIED, analyses.deliver(newerAfter).result());
        int calls = fixture.requests(CallLogFixture.API_CALL);
        assertEquals(
                AnalysisOutcome.Result.SKIPPED, analyses.deliver(olderAfter).result());
        assertEquals(calls, fixture.requests(CallLogFixture.API_CALL));
        assertEquals(3.2, number(fixture.task(after.contactId()), "Customer_Sentiment__c"));
        assertEquals("Billing dispute", fixture.task(after.contactId()).get("Contact_Lens_Categories__c"));
    }

    @Test
    void aNewerAnalysisAfterTheTask_replacesTheEarlierOne() {
        Ctr call = Ctr.answered("+14155550192");
        String first = analyses.put(call.contactId(), WRITTEN, "analysis-agent-customer.json");
        analyses.deliver(first);
        analyses.log(call);
        String second = analyses.put(call.contactId(), WRITTEN.plusSeconds(600), "analysis-uuid-participants.json");
        assertEquals(AnalysisOutcome.Result.APPLIED, analyses.deliver(second).result());
        Map<String, Object> task = fixture.task(call.contactId());
        assertEquals(3.2, number(task, "Customer_Sentiment__c"));
        assertTrue(
                ((String) task.get("Contact_Lens_Summary__c")).contains("duplicate charge"),
                "a part the newer lacks stays");
    }

    @Test
    void unreadableFiles_andKeysThatAreNoAnalysis_goToTheDeadLetterQueue_withTheirReason() throws IOException {
        Ctr call = Ctr.answered("+14155550193");
        analyses.log(call);
        String broken = ContactLensFiles.key(call.contactId(), WRITTEN, false);
        files.put(broken, "{\"Version\":\"1.1.0\",".getBytes(StandardCharsets.UTF_8));
        String missing = ContactLensFiles.key(call.contactId(), WRITTEN.plusSeconds(5), false);
        ObjectNode recording = (ObjectNode)
                JSON.readTree(EVENTS.resolve("s3/recording-object-created.json").toFile());
        ((ObjectNode) recording.with("detail").with("bucket")).put("name", files.bucket());

        assertEquals(
                AnalysisOutcome.Result.DEAD_LETTERED,
                analyses.deliver(files.objectCreatedEvent(broken)).result());
        assertEquals(
                AnalysisOutcome.Result.DEAD_LETTERED,
                analyses.deliver(files.objectCreatedEvent(missing)).result());
        assertEquals(
                AnalysisOutcome.Result.DEAD_LETTERED,
                analyses.deliver(JSON.writeValueAsString(recording)).result());

        List<JsonNode> letters = fixture.deadLetters.drain();
        assertEquals(3, letters.size());
        letters.forEach(letter ->
                assertEquals("UNREADABLE_ANALYSIS", letter.path("reason").asText(), letter::toString));
        assertTrue(letters.get(0).path("detail").asText().contains("not JSON"), letters.get(0)::toString);
        assertTrue(
                letters.get(1).path("detail").asText().contains("NoSuchKey")
                        || letters.get(1).path("detail").asText().contains("no such object"),
                letters.get(1)::toString);
        assertTrue(letters.get(2).path("detail").asText().contains("not a Contact Lens post-call analysis key"));
        assertEquals(call.contactId(), letters.get(0).path("contactId").asText());
        assertNull(fixture.task(call.contactId()).get("Customer_Sentiment__c"));
    }

    @Test
    void salesforceUnavailable_failsTheInvocationForARetry_whichAppliesIt() {
        Ctr call = Ctr.answered("+14155550194");
        analyses.log(call);
        String event = analyses.put(call.contactId(), WRITTEN, "analysis-agent-customer.json");
        fixture.stack.salesforce().faults().failNext(5, 503, "SERVER_UNAVAILABLE", "maintenance");
        assertThrows(AnalysisRetryException.class, () -> analyses.deliver(event));
        fixture.stack.salesforce().faults().reset();

        assertEquals(AnalysisOutcome.Result.APPLIED, analyses.deliver(event).result());
        assertEquals(-0.8, number(fixture.task(call.contactId()), "Customer_Sentiment__c"));
    }

    @Test
    void aFieldSalesforceRefuses_sendsTheAnalysisToTheDeadLetterQueue() {
        Ctr call = Ctr.answered("+14155550195");
        analyses.log(call);
        String event = analyses.put(call.contactId(), WRITTEN, "analysis-agent-customer.json");
        fixture.stack
                .salesforce()
                .faults()
                .failRecordsMatching(
                        record -> record.containsKey("Customer_Sentiment__c"),
                        "FIELD_CUSTOM_VALIDATION_EXCEPTION",
                        "no");

        assertEquals(
                AnalysisOutcome.Result.DEAD_LETTERED, analyses.deliver(event).result());
        JsonNode letter = fixture.deadLetters.drain().getFirst();
        assertEquals("SALESFORCE_REJECTED", letter.path("reason").asText());
        assertTrue(letter.path("detail").asText().contains("FIELD_CUSTOM_VALIDATION_EXCEPTION"));
    }

    @Test
    void theRedactedFile_isIgnored_whenTheProfileWantsTheUnredactedOne() {
        Ctr call = Ctr.answered("+14155550196");
        String key = ContactLensFiles.key(call.contactId(), WRITTEN, true);
        files.put(key, AnalysisFixture.sample("analysis-redacted.json", call.contactId()));
        assertEquals(
                AnalysisOutcome.Result.IGNORED,
                analyses.deliver(files.objectCreatedEvent(key)).result());
    }

    @Test
    void theSampleEvent_throughLambdasEntry_landsOnTheSampleContactsTask() throws IOException {
        String sampleContact = "6c1e9a52-0f3b-4d8e-a7c1-53b2e9d04f17";
        JsonNode sample =
                JSON.readTree(EVENTS.resolve("s3/analysis-object-created.json").toFile());
        String bucket = sample.path("detail").path("bucket").path("name").asText();
        try (var s3 = software.amazon.awssdk.services.s3.S3Client.builder()
                .endpointOverride(fixture.stack.moto().endpoint())
                .region(io.ctibridge.testkit.AwsTestClients.REGION)
                .credentialsProvider(io.ctibridge.testkit.AwsTestClients.CREDENTIALS)
                .forcePathStyle(true)
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .build()) {
            s3.createBucket(r -> r.bucket(bucket));
            s3.putObject(
                    r -> r.bucket(bucket)
                            .key("Analysis/Voice/2026/11/24/" + sampleContact + "_analysis_2026-11-24T15:09:02Z.json"),
                    software.amazon.awssdk.core.sync.RequestBody.fromBytes(
                            Files.readAllBytes(EVENTS.resolve("contactlens/analysis-agent-customer.json"))));
        }
        analyses.records.handleRequest(
                new ByteArrayInputStream(Files.readAllBytes(EVENTS.resolve("kinesis/ctr-inbound-answered.json"))),
                new ByteArrayOutputStream(),
                null);

        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        analyses.handler.handleRequest(
                new ByteArrayInputStream(Files.readAllBytes(EVENTS.resolve("s3/analysis-object-created.json"))),
                answer,
                null);

        assertEquals("null", answer.toString(StandardCharsets.UTF_8));
        Map<String, Object> task = fixture.task(sampleContact);
        assertEquals(-0.8, number(task, "Customer_Sentiment__c"));
        assertFalse(((String) task.get("Contact_Lens_Summary__c")).isBlank());
    }

    /**
     * Twenty calls, each with its contact record twice, an older and a newer analysis each delivered twice, all
     * in a shuffled order (a fixed seed, so a failure can be replayed): one Task per call, each with the newer
     * analysis, nothing dead-lettered.
     */
    @Test
    void shuffledRecordsAndAnalyses_duplicatedAndOutOfOrder_endWithOneTaskEach_holdingTheNewerAnalysis() {
        List<Ctr> calls = new java.util.ArrayList<>();
        List<Runnable> deliveries = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Ctr call = Ctr.answered("+1415555" + (1000 + i));
            calls.add(call);
            String older = analyses.put(call.contactId(), WRITTEN, "analysis-agent-customer.json");
            String newer = analyses.put(call.contactId(), WRITTEN.plusSeconds(600), "analysis-uuid-participants.json");
            for (int copy = 0; copy < 2; copy++) {
                deliveries.add(() -> analyses.log(call));
                deliveries.add(() -> analyses.deliver(older));
                deliveries.add(() -> analyses.deliver(newer));
            }
        }
        java.util.Collections.shuffle(deliveries, new java.util.Random(16));
        int updates = fixture.requests(CallLogFixture.UPDATE_COLLECTION);

        deliveries.forEach(Runnable::run);

        for (Ctr call : calls) {
            Map<String, Object> task = fixture.task(call.contactId()); // exactly one
            assertEquals(3.2, number(task, "Customer_Sentiment__c"), call.contactId());
            assertEquals("Billing dispute", task.get("Contact_Lens_Categories__c"), call.contactId());
        }
        assertEquals(List.of(), fixture.deadLetters.drain());
        System.out.println("shuffled: " + calls.size() + " calls, " + deliveries.size() + " deliveries, "
                + (fixture.requests(CallLogFixture.UPDATE_COLLECTION) - updates) + " Collections updates");
    }
}
