package io.ctibridge.function.contactrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.ctibridge.emulator.RecordedRequest;
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
 * Calls whose lookup left nothing behind, logged through the Kinesis handler against moto and the emulator's demo
 * org: the call log finds the caller itself, one search per batch. A stack of its own, so that the sample contacts
 * have neither lookup state nor ledger entries from other tests.
 */
class CallerLinkIT {

    private static final Path SAMPLES = Path.of("../../events/kinesis");
    private static final String INBOUND = "6c1e9a52-0f3b-4d8e-a7c1-53b2e9d04f17";
    private static final Predicate<RecordedRequest> SEARCH =
            request -> request.method().equals("POST") && request.path().endsWith("/parameterizedSearch/");

    private static CallLogFixture fixture;
    private static ContactRecordHandler handler;

    @BeforeAll
    static void start() {
        fixture = CallLogFixture.start("caller-link-it");
        handler = fixture.recordHandler();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void inboundAnsweredSample_withoutLookupState_isLinkedToTheBestRankedOfTheTwoContactsWithItsNumber()
            throws IOException {
        // Jane Doe and Jim Doe of Acme both have +1 415 555 0123 as their Phone; the default profile breaks the tie
        // by the most recent LastModifiedDate: Jim's (2026-11-02) over Jane's (2026-09-14).
        String jim = fixture.seeded("Contact", "FirstName", "Jim");
        String acme = fixture.seeded("Account", "Name", "Acme Robotics");
        int searchesBefore = fixture.requests(SEARCH);

        ByteArrayOutputStream response = new ByteArrayOutputStream();
        handler.handleRequest(
                new ByteArrayInputStream(Files.readAllBytes(SAMPLES.resolve("ctr-inbound-answered.json"))),
                response,
                null);

        assertEquals("{\"batchItemFailures\":[]}", response.toString(StandardCharsets.UTF_8));
        Map<String, Object> task = fixture.task(INBOUND);
        assertEquals(jim, task.get("WhoId"));
        assertEquals(acme, task.get("WhatId"));
        assertEquals(1, fixture.requests(SEARCH) - searchesBefore);
    }

    @Test
    void aBatchOf50CallsWithoutLookupState_costsOneSearch_andLinksEachToItsOwnCaller() {
        List<Ctr> calls = new ArrayList<>();
        List<String> callers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String number = "+1628555%04d".formatted(i);
            callers.add(fixture.insert(
                    "Contact", Map.of("LastName", "Caller " + i, "Phone", "(628) 555-%04d".formatted(i))));
            calls.add(Ctr.answered(number));
        }
        int searchesBefore = fixture.requests(SEARCH);

        StreamsEventResponse response = handler.handleEvent(KinesisBatch.ofCtrs(calls), null);

        assertEquals(List.of(), response.getBatchItemFailures());
        assertEquals(1, fixture.requests(SEARCH) - searchesBefore, "one search for the whole batch");
        for (int i = 0; i < 50; i++) {
            assertEquals(callers.get(i), fixture.task(calls.get(i).contactId()).get("WhoId"), "call " + i);
        }
    }

    @Test
    void aWithheldNumber_staysUnlinked_withoutASearch() {
        Ctr withheld = Ctr.answered("anonymous");
        int searchesBefore = fixture.requests(SEARCH);

        assertEquals(
                List.of(),
                handler.handleEvent(KinesisBatch.ofCtrs(List.of(withheld)), null)
                        .getBatchItemFailures());

        assertNull(fixture.task(withheld.contactId()).get("WhoId"));
        assertEquals(searchesBefore, fixture.requests(SEARCH));
    }
}
