package io.ctibridge.core.priming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ctibridge.core.calllog.analysis.AnalysisDelivery;
import io.ctibridge.core.calllog.analysis.AnalysisOutcome;
import io.ctibridge.core.calllog.analysis.AnalysisRetryException;
import io.ctibridge.core.calllog.record.SourcePayload;
import io.ctibridge.core.salesforce.http.HttpSettings;
import io.ctibridge.core.time.Deadline;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Contact Lens analyses applied in memory: each one reaches the call's Task, and nothing leaves the JVM. */
class ContactAnalysisPrimingTest {

    private static final String CONTACT_ID = "00000000-0000-4000-8000-00000000a11e";
    private static final String KEY =
            "Analysis/Voice/2026/01/01/" + CONTACT_ID + "_analysis_2026-01-01T00%3A05%3A00Z.json";
    private static final String ANALYSIS = """
            {"JobStatus":"COMPLETED","CustomerMetadata":{"ContactId":"%s"},
             "Participants":[{"ParticipantId":"AGENT","ParticipantRole":"AGENT"},
                             {"ParticipantId":"CUSTOMER","ParticipantRole":"CUSTOMER"}],
             "Categories":{"MatchedCategories":["Billing"]},
             "ConversationCharacteristics":{
               "Sentiment":{"OverallSentiment":{"AGENT":3.1,"CUSTOMER":1.4}},
               "ContactSummary":{"PostContactSummary":{"Content":"A refund was issued."}},
               "TalkTime":{"TotalTimeMillis":250000},"NonTalkTime":{"TotalTimeMillis":12000}}}""".formatted(CONTACT_ID);

    @Test
    void applier_putsTheAnalysisOnTheCallsTask_answeringS3DynamoDbAndSalesforceFromMemory() {
        OkHttpClient http = HttpSettings.defaults().newClient();
        AnalysisOutcome first;
        AnalysisOutcome second;
        ContactAnalysisPriming.Summary summary;
        try (ContactAnalysisPriming priming =
                new ContactAnalysisPriming(http, ANALYSIS.getBytes(StandardCharsets.UTF_8), Clock.systemUTC())) {
            first = priming.applier().apply(delivery(), Deadline.none());
            second = priming.applier().apply(delivery(), Deadline.none());
            summary = priming.summary();
        }

        assertEquals(AnalysisOutcome.Result.APPLIED, first.result(), first.detail());
        assertEquals(java.util.List.of(ContactAnalysisPriming.TASK_ID), second.recordIds());
        assertEquals(AnalysisOutcome.Result.APPLIED, second.result(), second.detail());
        assertEquals(2, summary.filesRead());
        assertEquals(2, summary.tasksUpdated());
        // Per applier: its token (a new root, a new session), then the Collections update.
        assertEquals(2 * 2, summary.salesforceCallsAnswered());
        // Per analysis: the contact state read, the profile read (a new root: an empty cache), the GetObject, the
        // ledger's record and its mark.
        assertEquals(2 * 5, summary.awsCallsAnswered());
        assertEquals(List.of(), summary.deadLetters());
        assertEquals(0, http.connectionPool().connectionCount());
    }

    @Test
    void applier_failsLoudly_whenTheSyntheticFileIsAnotherContacts_ratherThanPrimingNothing() {
        // The canned queue takes no letter (priming never expects one), so a wrong file in the jar stops priming.
        String other = ANALYSIS.replace(CONTACT_ID, "00000000-0000-4000-8000-000000000bad");
        try (ContactAnalysisPriming priming = new ContactAnalysisPriming(
                HttpSettings.defaults().newClient(), other.getBytes(StandardCharsets.UTF_8), Clock.systemUTC())) {
            assertThrows(AnalysisRetryException.class, () -> priming.applier().apply(delivery(), Deadline.none()));

            assertEquals(List.of("SendMessage"), priming.summary().deadLetters());
            assertEquals(0, priming.summary().tasksUpdated());
        }
    }

    private static AnalysisDelivery delivery() {
        return new AnalysisDelivery(
                "priming-event", "priming-bucket", KEY, new SourcePayload("priming", Map.of(), new byte[0]));
    }
}
