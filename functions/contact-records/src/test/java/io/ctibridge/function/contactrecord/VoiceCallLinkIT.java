package io.ctibridge.function.contactrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.local.LocalStack;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calls whose lookup left nothing behind, logged to both a Task and a VoiceCall (the default profile logs to both
 * here): the caller the call log finds links the VoiceCall too (RelatedRecordId), and one search per batch serves
 * both destinations. A stack of its own, so that the sample contact has no lookup state or ledger entry.
 */
class VoiceCallLinkIT {

    private static final Path SAMPLES = Path.of("../../events/kinesis");
    private static final String INBOUND = "6c1e9a52-0f3b-4d8e-a7c1-53b2e9d04f17";
    private static final Predicate<RecordedRequest> SEARCH =
            request -> request.method().equals("POST") && request.path().endsWith("/parameterizedSearch/");

    private static CallLogFixture fixture;
    private static ContactRecordHandler handler;
    private static CallLogFixture voiceOnly;

    @BeforeAll
    static void start() {
        fixture = withDefaultDestination("voice-call-link-it", "both");
        handler = fixture.recordHandler();
        voiceOnly = withDefaultDestination("voice-call-link-only-it", "VoiceCall");
    }

    @AfterAll
    static void stop() {
        fixture.close();
        voiceOnly.close();
    }

    private static CallLogFixture withDefaultDestination(String suffix, String destination) {
        CallLogFixture stack = CallLogFixture.start(suffix);
        stack.stack
                .profiles()
                .put(new ProfileParser().parse(LocalStack.localProfileDocument(false, null, destination)), "test");
        return stack;
    }

    @Test
    void withVoiceCallAlone_theVoiceCallStepFindsTheCallerItself() throws IOException {
        String jim = voiceOnly.seeded("Contact", "FirstName", "Jim");
        int searchesBefore = voiceOnly.requests(SEARCH);

        ByteArrayOutputStream response = new ByteArrayOutputStream();
        voiceOnly
                .recordHandler()
                .handleRequest(
                        new ByteArrayInputStream(Files.readAllBytes(SAMPLES.resolve("ctr-inbound-answered.json"))),
                        response,
                        null);

        assertEquals("{\"batchItemFailures\":[]}", response.toString(StandardCharsets.UTF_8));
        assertEquals(jim, voiceOnly.voiceCall(INBOUND).get("RelatedRecordId"));
        assertEquals(List.of(), voiceOnly.tasks(INBOUND));
        assertEquals(1, voiceOnly.requests(SEARCH) - searchesBefore);
    }

    @Test
    void inboundAnsweredSample_withoutLookupState_linksTheTaskAndTheVoiceCallToTheBestMatch_inOneSearch()
            throws IOException {
        // Jane and Jim Doe of Acme share +1 415 555 0123; the default profile prefers the most recently modified: Jim.
        String jim = fixture.seeded("Contact", "FirstName", "Jim");
        int searchesBefore = fixture.requests(SEARCH);

        ByteArrayOutputStream response = new ByteArrayOutputStream();
        handler.handleRequest(
                new ByteArrayInputStream(Files.readAllBytes(SAMPLES.resolve("ctr-inbound-answered.json"))),
                response,
                null);

        assertEquals("{\"batchItemFailures\":[]}", response.toString(StandardCharsets.UTF_8));
        assertEquals(jim, fixture.task(INBOUND).get("WhoId"));
        assertEquals(jim, fixture.voiceCall(INBOUND).get("RelatedRecordId"));
        assertEquals(1, fixture.requests(SEARCH) - searchesBefore, "one search for both destinations");
    }

    @Test
    void aBatchOf50CallsWithoutLookupState_costsOneSearch_andLinksEachVoiceCallToItsOwnCaller() {
        List<Ctr> calls = new ArrayList<>();
        List<String> callers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            callers.add(fixture.insert(
                    "Contact", Map.of("LastName", "Caller " + i, "Phone", "(628) 555-%04d".formatted(i))));
            calls.add(Ctr.answered("+1628555%04d".formatted(i)));
        }
        int searchesBefore = fixture.requests(SEARCH);

        assertEquals(
                List.of(), handler.handleEvent(KinesisBatch.ofCtrs(calls), null).getBatchItemFailures());

        assertEquals(1, fixture.requests(SEARCH) - searchesBefore, "one search for the batch and both destinations");
        for (int i = 0; i < 50; i++) {
            String contactId = calls.get(i).contactId();
            assertEquals(callers.get(i), fixture.task(contactId).get("WhoId"), "Task of call " + i);
            assertEquals(callers.get(i), fixture.voiceCall(contactId).get("RelatedRecordId"), "VoiceCall of call " + i);
        }
    }

    @Test
    void aWithheldNumber_leavesTheVoiceCallUnlinked_withoutASearch() {
        Ctr withheld = Ctr.answered("anonymous");
        int searchesBefore = fixture.requests(SEARCH);

        assertEquals(
                List.of(),
                handler.handleEvent(KinesisBatch.ofCtrs(List.of(withheld)), null)
                        .getBatchItemFailures());

        assertNull(fixture.voiceCall(withheld.contactId()).get("RelatedRecordId"));
        assertEquals(searchesBefore, fixture.requests(SEARCH));
    }
}
