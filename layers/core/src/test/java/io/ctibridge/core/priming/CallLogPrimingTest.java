package io.ctibridge.core.priming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ctibridge.core.calllog.CallLogOutcome;
import io.ctibridge.core.calllog.record.CallDetails;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.Delivery;
import io.ctibridge.core.calllog.record.RecordSource;
import io.ctibridge.core.calllog.record.SourcePayload;
import io.ctibridge.core.salesforce.http.HttpSettings;
import io.ctibridge.core.time.Deadline;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The call log wired to memory: each call takes the success path, and the handler's state is never touched. */
class CallLogPrimingTest {

    private static final Instant CALLED = Instant.parse("2026-11-24T15:02:10Z");

    @Test
    void callLogger_createsTheTaskOfASyntheticContact_answeringSalesforceAndDynamoDbFromMemory() {
        OkHttpClient http = HttpSettings.defaults().newClient();
        List<CallLogOutcome> outcomes;
        CallLogPriming.Summary summary;
        try (CallLogPriming priming = new CallLogPriming(http, Clock.systemUTC())) {
            outcomes = priming.callLogger()
                    .log(List.of(delivery("00000000-0000-4000-8000-000000000001")), Deadline.none());
            outcomes = priming.callLogger()
                    .log(List.of(delivery("00000000-0000-4000-8000-000000000002")), Deadline.none());
            summary = priming.summary();
        }

        assertEquals(CallLogOutcome.Result.CREATED, outcomes.getFirst().result());
        assertEquals("00T000000000002AAA", outcomes.getFirst().taskId());
        assertEquals(2, summary.tasksCreated());
        // Each call log is new, so each meets an empty owner cache, as a restored environment's first call does.
        assertEquals(2, summary.ownerQueries());
        // Per call log: its token (each is built by a new root: a new session, as after a restore), the owner
        // query, the caller's search (the synthetic contact has no lookup state, so the call log links it itself)
        // and the Collections create.
        assertEquals(2 * 4, summary.salesforceCallsAnswered());
        // Per call: the profile read (each call log's root is new: an empty profile cache), the contact state read,
        // the ledger read, its claim and its DONE.
        assertEquals(2 * 5, summary.awsCallsAnswered());
        assertEquals(List.of(), summary.deadLetters());
        assertEquals(0, http.connectionPool().connectionCount());
    }

    private static Delivery delivery(String contactId) {
        return new Delivery.Readable("item-" + contactId, "priming:" + contactId, contact(contactId), payload());
    }

    private static ContactRecord contact(String contactId) {
        return new ContactRecord(
                contactId,
                null,
                null,
                "VOICE",
                "INBOUND",
                "+14155550123",
                CALLED,
                CALLED.plusSeconds(74),
                CALLED.plusSeconds(361),
                CALLED.plusSeconds(362),
                "CUSTOMER_DISCONNECT",
                CallLogPriming.AGENT_USERNAME,
                "Support",
                Map.of(),
                RecordSource.CONTACT_RECORD,
                CallDetails.NONE);
    }

    private static SourcePayload payload() {
        return new SourcePayload("priming", Map.of(), new byte[0]);
    }
}
