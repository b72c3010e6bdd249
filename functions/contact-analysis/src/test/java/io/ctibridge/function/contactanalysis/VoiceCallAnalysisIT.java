package io.ctibridge.function.contactanalysis;

import static io.ctibridge.function.contactanalysis.AnalysisFixture.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.calllog.analysis.AnalysisOutcome;
import io.ctibridge.core.calllog.analysis.AnalysisOutcome.Result;
import io.ctibridge.core.calllog.analysis.AnalysisRetryException;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.function.contactrecord.CallLogFixture;
import io.ctibridge.function.contactrecord.Ctr;
import io.ctibridge.local.LocalStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Contact Lens analyses on the VoiceCall destination, wired as in Lambda against moto and the emulator (REST and
 * Telephony API): on the VoiceCall alone, on both the Task and the VoiceCall, and on the Task an outbound call of a
 * VoiceCall profile becomes; each exactly once, whichever arrives first.
 */
class VoiceCallAnalysisIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant WRITTEN = Instant.parse("2026-11-24T15:09:02Z");
    private static final Predicate<RecordedRequest> TELEPHONY = r -> r.path().startsWith("/telephony/v1/");
    private static final String VOICE = "lens-voice";
    private static final String BOTH = "lens-both";
    private static final String VOICE_CALL_KEY_PREFIX = "0LQ";

    private static AnalysisFixture analyses;
    private static CallLogFixture fixture;

    @BeforeAll
    static void start() {
        analyses = AnalysisFixture.start("voice-analysis-it");
        fixture = analyses.calls;
        ProfileParser parser = new ProfileParser();
        fixture.stack.profiles().put(parser.parse(profile(VOICE, "VoiceCall")), "test");
        fixture.stack.profiles().put(parser.parse(profile(BOTH, "both")), "test");
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
    void analysisAfterTheVoiceCall_updatesTheVoiceCallByIdOnce() {
        Ctr call = Ctr.answered("+14155550301");
        fixture.lookedUp(call.contactId(), VOICE);
        analyses.log(call);
        String voiceCallId = (String) fixture.voiceCall(call.contactId()).get("Id");
        String event = analyses.put(call.contactId(), WRITTEN, "analysis-agent-customer.json");
        int updates = fixture.requests(CallLogFixture.UPDATE_COLLECTION);

        AnalysisOutcome outcome = analyses.deliver(event);

        assertEquals(Result.APPLIED, outcome.result());
        assertEquals(List.of(voiceCallId), outcome.recordIds());
        Map<String, Object> voiceCall = fixture.voiceCall(call.contactId());
        assertTrue(((String) voiceCall.get("Contact_Lens_Summary__c")).contains("duplicate charge"));
        assertEquals(-0.8, number(voiceCall, "Customer_Sentiment__c"));
        assertEquals(2.4, number(voiceCall, "Agent_Sentiment__c"));
        assertEquals("Billing dispute;Retention offer", voiceCall.get("Contact_Lens_Categories__c"));
        assertEquals(61.0, number(voiceCall, "Talk_Time_Seconds__c"));
        assertEquals(updates + 1, fixture.requests(CallLogFixture.UPDATE_COLLECTION), "one update by its Id");
        assertEquals(List.of(), fixture.tasks(call.contactId()), "a VoiceCall profile makes no Task");

        int calls = fixture.requests(CallLogFixture.API_CALL);
        assertEquals(Result.SKIPPED, analyses.deliver(event).result(), "EventBridge's redelivery");
        assertEquals(calls, fixture.requests(CallLogFixture.API_CALL));
        assertEquals(List.of(), fixture.deadLetters.drain());
    }

    @Test
    void analysisBeforeTheVoiceCall_waits_andRidesOnTheClosingPatch_atNoExtraRequest() {
        Ctr call = Ctr.answered("+14155550302");
        fixture.lookedUp(call.contactId(), VOICE);
        String event = analyses.put(call.contactId(), WRITTEN, "analysis-agent-customer.json");

        assertEquals(Result.WAITING, analyses.deliver(event).result());
        assertEquals(List.of(), fixture.voiceCalls(call.contactId()));

        int telephony = fixture.requests(TELEPHONY);
        int updates = fixture.requests(CallLogFixture.UPDATE_COLLECTION);
        analyses.log(call);
        Map<String, Object> voiceCall = fixture.voiceCall(call.contactId());
        assertEquals(-0.8, number(voiceCall, "Customer_Sentiment__c"));
        assertTrue(((String) voiceCall.get("Contact_Lens_Summary__c")).contains("duplicate charge"));
        assertEquals(telephony + 2, fixture.requests(TELEPHONY), "create and close, as without an analysis");
        assertEquals(updates, fixture.requests(CallLogFixture.UPDATE_COLLECTION), "no REST update");

        int calls = fixture.requests(CallLogFixture.API_CALL);
        assertEquals(Result.SKIPPED, analyses.deliver(event).result(), "applied with the close");
        assertEquals(calls, fixture.requests(CallLogFixture.API_CALL));
        // A later version of the contact record re-closes the call without clearing the insight.
        analyses.log(call.laterVersion(30));
        assertEquals(-0.8, number(fixture.voiceCall(call.contactId()), "Customer_Sentiment__c"));
        assertEquals(List.of(), fixture.deadLetters.drain());
    }

    @Test
    void withBoth_theTaskAndTheVoiceCallEachGetTheAnalysisOnce_beforeOrAfter() {
        Ctr before = Ctr.answered("+14155550303");
        fixture.lookedUp(before.contactId(), BOTH);
        String early = analyses.put(before.contactId(), WRITTEN, "analysis-agent-customer.json");
        assertEquals(Result.WAITING, analyses.deliver(early).result());
        int updates = fixture.requests(CallLogFixture.UPDATE_COLLECTION);
        analyses.log(before);
        assertEquals(-0.8, number(fixture.task(before.contactId()), "Customer_Sentiment__c"));
        assertEquals(-0.8, number(fixture.voiceCall(before.contactId()), "Customer_Sentiment__c"));
        assertEquals(updates, fixture.requests(CallLogFixture.UPDATE_COLLECTION), "folded into both writes");
        assertEquals(Result.SKIPPED, analyses.deliver(early).result());

        Ctr after = Ctr.answered("+14155550304");
        fixture.lookedUp(after.contactId(), BOTH);
        analyses.log(after);
        String late = analyses.put(after.contactId(), WRITTEN, "analysis-uuid-participants.json");
        updates = fixture.requests(CallLogFixture.UPDATE_COLLECTION);
        AnalysisOutcome outcome = analyses.deliver(late);
        assertEquals(Result.APPLIED, outcome.result());
        assertEquals(
                List.of(
                        fixture.task(after.contactId()).get("Id"),
                        fixture.voiceCall(after.contactId()).get("Id")),
                outcome.recordIds());
        assertEquals(3.2, number(fixture.task(after.contactId()), "Customer_Sentiment__c"));
        assertEquals(3.2, number(fixture.voiceCall(after.contactId()), "Customer_Sentiment__c"));
        assertEquals(updates + 2, fixture.requests(CallLogFixture.UPDATE_COLLECTION), "one update per record");
        assertEquals(Result.SKIPPED, analyses.deliver(late).result());
        assertEquals(List.of(), fixture.deadLetters.drain());
    }

    @Test
    void withBoth_aFailureOnTheSecondRecord_retries_andTheRetryWritesOnlyThatOne() {
        Ctr call = Ctr.answered("+14155550305");
        fixture.lookedUp(call.contactId(), BOTH);
        analyses.log(call);
        String event = analyses.put(call.contactId(), WRITTEN, "analysis-agent-customer.json");
        // The VoiceCall's update fails (the Task's goes first and lands); Lambda then delivers the event again.
        fixture.stack
                .salesforce()
                .faults()
                .failRecordsMatching(
                        record -> String.valueOf(record.get("Id")).startsWith(VOICE_CALL_KEY_PREFIX),
                        "UNABLE_TO_LOCK_ROW",
                        "locked");
        assertThrows(AnalysisRetryException.class, () -> analyses.deliver(event));
        assertEquals(-0.8, number(fixture.task(call.contactId()), "Customer_Sentiment__c"));
        assertNull(fixture.voiceCall(call.contactId()).get("Customer_Sentiment__c"));
        fixture.stack.salesforce().faults().reset();

        int updates = fixture.requests(CallLogFixture.UPDATE_COLLECTION);
        AnalysisOutcome retried = analyses.deliver(event);

        assertEquals(Result.APPLIED, retried.result());
        assertEquals(List.of(fixture.voiceCall(call.contactId()).get("Id")), retried.recordIds());
        assertEquals(updates + 1, fixture.requests(CallLogFixture.UPDATE_COLLECTION), "the Task is not written again");
        assertEquals(-0.8, number(fixture.voiceCall(call.contactId()), "Customer_Sentiment__c"));
    }

    @Test
    void anOutboundCallOfAVoiceCallProfile_isATask_andTheAnalysisFindsIt_beforeOrAfter() {
        Ctr after = Ctr.dialled("+14155550306");
        fixture.lookedUp(after.contactId(), VOICE);
        analyses.log(after);
        AnalysisOutcome outcome =
                analyses.deliver(analyses.put(after.contactId(), WRITTEN, "analysis-agent-customer.json"));
        assertEquals(Result.APPLIED, outcome.result());
        assertEquals(List.of(fixture.task(after.contactId()).get("Id")), outcome.recordIds());
        assertEquals(-0.8, number(fixture.task(after.contactId()), "Customer_Sentiment__c"));
        assertEquals(List.of(), fixture.voiceCalls(after.contactId()));

        Ctr before = Ctr.dialled("+14155550307");
        fixture.lookedUp(before.contactId(), VOICE);
        assertEquals(
                Result.WAITING,
                analyses.deliver(analyses.put(before.contactId(), WRITTEN, "analysis-agent-customer.json"))
                        .result());
        analyses.log(before);
        assertEquals(-0.8, number(fixture.task(before.contactId()), "Customer_Sentiment__c"));
        assertEquals(List.of(), fixture.deadLetters.drain());
    }

    private static String profile(String name, String destination) {
        try {
            ObjectNode profile = JSON.createObjectNode().put("profile", name);
            profile.putObject("callLog")
                    .put("destination", destination)
                    .set("contactLens", JSON.readTree(LocalStack.CONTACT_LENS));
            return JSON.writeValueAsString(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
