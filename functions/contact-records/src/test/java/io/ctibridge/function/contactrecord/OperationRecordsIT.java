package io.ctibridge.function.contactrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.lookup.LookupRequest;
import io.ctibridge.core.operation.OperationAnswer;
import io.ctibridge.core.operation.OperationRequest;
import io.ctibridge.core.operation.OperationStatus;
import io.ctibridge.core.pop.PopHttpRequest;
import io.ctibridge.core.pop.PopHttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What contact-flow operations leave for the rest of the call (issue 18, part 5): the screen pop opens the record a
 * {@code popRecord} operation found or created, and the call's Task is related (WhatId) to the record of a
 * {@code relateCallLog} one, with the README's worked-example profile.
 */
class OperationRecordsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JOHN = "+14155550199";
    private static CallLogFixture fixture;

    @BeforeAll
    static void start() throws IOException {
        fixture = CallLogFixture.start("operation-records-it");
        fixture.stack
                .profiles()
                .put(
                        new ProfileParser().parse(Files.readString(Path.of("../../profiles/support-operations.json"))),
                        "test");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void theTask_isRelatedToTheCaseTheFlowCreated_andStaysAboutTheCaller() {
        Ctr call = Ctr.answered(JOHN);
        lookUp(call.contactId(), JOHN);
        OperationAnswer created = operate(call.contactId(), "createCase", Map.of("reason", "billing"));
        assertEquals(OperationStatus.CREATED, created.status(), created.toString());

        StreamsEventResponse response = fixture.recordHandler().handleEvent(KinesisBatch.ofCtrs(List.of(call)), null);

        assertEquals(List.of(), response.getBatchItemFailures());
        Map<String, Object> task = fixture.task(call.contactId());
        assertEquals(created.recordId(), task.get("WhatId"));
        assertEquals(fixture.seeded("Contact", "LastName", "Smith"), task.get("WhoId"));
    }

    @Test
    void theTask_keepsTheLookupsAccount_whenNoRelatingOperationRan() {
        Ctr call = Ctr.answered(JOHN);
        lookUp(call.contactId(), JOHN);
        operate(call.contactId(), "findAccount", Map.of("accountNumber", "AC-7731")); // not relateCallLog

        fixture.recordHandler().handleEvent(KinesisBatch.ofCtrs(List.of(call)), null);

        assertEquals(
                fixture.seeded("Account", "Name", "Acme Robotics"),
                fixture.task(call.contactId()).get("WhatId"));
    }

    @Test
    void theTask_aboutALead_isNeverRelatedToTheOperationsRecord() {
        Ctr call = Ctr.answered("+14155550101");
        String lead = fixture.insert("Lead", Map.of("LastName", "Ivr", "Company", "Ivr Ltd"));
        fixture.lookedUp(call.contactId(), "support", new CallerMatch(lead, "Lead", "Ivr", null, null, "Phone"));
        OperationAnswer found = operate(call.contactId(), "findCase", Map.of("caseNumber", "00001001"));
        assertEquals(OperationStatus.FOUND, found.status());

        fixture.recordHandler().handleEvent(KinesisBatch.ofCtrs(List.of(call)), null);

        assertEquals(lead, fixture.task(call.contactId()).get("WhoId"));
        assertNull(fixture.task(call.contactId()).get("WhatId"), "Salesforce refuses a WhatId beside a Lead");
    }

    @Test
    void thePop_opensTheCaseTheCallerKeyedIn_insteadOfTheMatchedContact() throws IOException {
        String contactId = java.util.UUID.randomUUID().toString();
        lookUp(contactId, JOHN);
        OperationAnswer found = operate(contactId, "findCase", Map.of("caseNumber", "00001001"));

        JsonNode pop = pop(contactId);

        assertEquals("RECORD", pop.path("pop").path("kind").asText(), pop.toString());
        assertEquals(found.recordId(), pop.path("pop").path("recordId").asText());
        assertEquals("Case", pop.path("pop").path("object").asText());
        assertEquals("MATCH", pop.path("lookupStatus").asText(), "the lookup's facts are still there");
    }

    @Test
    void thePop_followsTheLookupsRules_whenTheFindFoundNothing() throws IOException {
        String contactId = java.util.UUID.randomUUID().toString();
        lookUp(contactId, JOHN);
        operate(contactId, "findCase", Map.of("caseNumber", "99999999"));

        JsonNode pop = pop(contactId);

        assertEquals(
                fixture.seeded("Contact", "LastName", "Smith"),
                pop.path("pop").path("recordId").asText());
    }

    private static void lookUp(String contactId, String caller) {
        fixture.environment
                .callerLookup()
                .lookup(new LookupRequest(contactId, caller, null, "support", Duration.ofSeconds(5)));
    }

    private static OperationAnswer operate(String contactId, String operation, Map<String, String> inputs) {
        return fixture.environment
                .flowOperations()
                .run(new OperationRequest(
                        contactId,
                        "support",
                        operation,
                        inputs,
                        Map.of(),
                        JOHN,
                        null,
                        "VOICE",
                        "Support",
                        Duration.ofSeconds(5)));
    }

    private static JsonNode pop(String contactId) throws IOException {
        String token = fixture.environment.popTokens().mint(contactId, Duration.ofMinutes(5));
        PopHttpResponse response = fixture.environment
                .screenPop()
                .handle(
                        new PopHttpRequest(
                                "GET", "/v1/pops/" + contactId, Map.of("authorization", "Bearer " + token), Map.of()),
                        Duration.ofSeconds(5));
        assertEquals(200, response.status(), response.body());
        assertTrue(response.body().startsWith("{"));
        return JSON.readTree(response.body());
    }
}
