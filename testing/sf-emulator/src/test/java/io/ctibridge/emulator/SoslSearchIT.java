package io.ctibridge.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SoslSearchIT {
    private static SalesforceEmulator sf;
    private static TestClient client;

    @BeforeAll
    static void start() {
        sf = SalesforceEmulator.start(EmulatorConfig.defaults());
        client = new TestClient(sf.baseUrl()).login();
    }

    @AfterAll
    static void stop() {
        sf.close();
    }

    private static List<String> phoneSearch(String term) {
        return TestClient.searchRecords(
                client.search("FIND {" + term + "} IN PHONE FIELDS RETURNING Contact(Name ORDER BY Name),"
                        + " Lead(Name ORDER BY Name), Account(Name ORDER BY Name)"));
    }

    @Test
    void phoneSearch_findsEveryTypedFormat_byDigits() {
        assertEquals(List.of("Contact:Jane Doe", "Contact:Jim Doe"), phoneSearch("4155550123"));
        assertEquals(List.of("Contact:Maria Garcia"), phoneSearch("14155550177"));
        assertEquals(List.of("Contact:Oliver Brown", "Lead:Oliver Brown"), phoneSearch("442079460958"));
        assertEquals(List.of("Contact:Amelia Clarke"), phoneSearch("02079460018"));
        assertEquals(List.of("Account:Initech GmbH"), phoneSearch("4930901820"));
        assertEquals(List.of("Contact:Lukas Schmidt"), phoneSearch("03012345678"));
        assertEquals(List.of("Contact:Priya Sharma"), phoneSearch("919876543210"));
        assertEquals(List.of("Contact:John Smith"), phoneSearch("4155550199"));
    }

    @Test
    void phoneSearch_ignoresFormattingInTheTermToo_whenEscaped() {
        assertEquals(List.of("Contact:Jane Doe", "Contact:Jim Doe"), phoneSearch("\\(415\\) 555\\-0123"));
        assertEquals(List.of("Contact:Maria Garcia"), phoneSearch("\\+1 415 555 0177"));
    }

    @Test
    void phoneSearch_doesNotFindADifferentNumber() {
        assertEquals(List.of(), phoneSearch("4155550124999"));
        assertEquals(List.of(), phoneSearch("4155550122"));
        assertEquals(List.of(), phoneSearch("555"));
    }

    @Test
    void phoneSearch_matchesCountryCodeOnlyWhenTheDigitsAreEqual() {
        // Documented, conservative rule: +1 415 555 0177 is stored with its country code.
        assertEquals(List.of(), phoneSearch("4155550177"));
        // (415) 555-0123 is stored without one.
        assertEquals(List.of(), phoneSearch("14155550123"));
    }

    @Test
    void phoneSearch_findsAccountOnlyNumber_andConvertedLead() {
        assertEquals(List.of("Account:Umbrella Health Clinic"), phoneSearch("4155550150"));
        assertEquals(List.of("Contact:Sam O'Brien", "Lead:Sam O'Brien"), phoneSearch("4155550188"));
    }

    @Test
    void phoneSearch_supportsDigitWildcards() {
        assertEquals(
                List.of("Contact:Jane Doe", "Contact:Jim Doe", "Contact:John Smith"),
                phoneSearch("41555501*").subList(0, 3));
    }

    @Test
    void phoneSearch_returningWhereFiltersMatches() {
        var answer = client.search("FIND {442079460958} IN PHONE FIELDS RETURNING Contact(Id, Name),"
                + " Lead(Id, Name, IsConverted WHERE IsConverted = false)");

        assertEquals(List.of("Contact:Oliver Brown"), TestClient.searchRecords(answer));
    }

    @Test
    void search_returnsOnlyIdsAndAttributes_withoutReturningFields() {
        var answer = client.search("FIND {Globex} IN NAME FIELDS RETURNING Account");

        JsonNode record = answer.body().get("searchRecords").get(0);
        assertEquals("Account", record.path("attributes").path("type").asText());
        assertEquals(2, record.size());
        assertTrue(record.has("Id"));
    }

    @Test
    void search_withoutReturning_searchesEverySearchableObject() {
        var answer = client.search("FIND {Globex}");

        List<String> types = new ArrayList<>();
        answer.body()
                .get("searchRecords")
                .forEach(r -> types.add(r.path("attributes").path("type").asText()));
        assertTrue(types.containsAll(List.of("Account", "Lead")), types.toString());
    }

    @Test
    void textSearch_matchesWordsCaseInsensitively_withOperatorsAndWildcards() {
        assertEquals(
                List.of("Contact:Jane Doe", "Contact:Jim Doe"),
                TestClient.searchRecords(
                        client.search("FIND {doe} IN NAME FIELDS RETURNING Contact(Name ORDER BY Name)")));
        assertEquals(
                List.of("Contact:Jane Doe"),
                TestClient.searchRecords(
                        client.search("FIND {doe AND NOT jim} IN NAME FIELDS RETURNING Contact(Name)")));
        assertEquals(
                List.of("Contact:Jane Doe", "Contact:John Smith"),
                TestClient.searchRecords(
                        client.search("FIND {jane OR smith} IN NAME FIELDS RETURNING Contact(Name ORDER BY Name)")));
        assertEquals(
                List.of("Contact:Jane Doe", "Contact:Jim Doe"),
                TestClient.searchRecords(
                        client.search("FIND {J* Do?} IN NAME FIELDS RETURNING Contact(Name ORDER BY Name)")));
        assertEquals(
                List.of("Contact:Jim Doe"),
                TestClient.searchRecords(client.search("FIND {J?m} IN NAME FIELDS RETURNING Contact(Name)")));
        assertEquals(
                List.of("Contact:Jane Doe"),
                TestClient.searchRecords(client.search("FIND {\"Jane Doe\"} IN NAME FIELDS RETURNING Contact(Name)")));
        assertEquals(
                List.of("Contact:Jane Doe"),
                TestClient.searchRecords(
                        client.search("FIND {jane.doe@acme.example} IN EMAIL FIELDS RETURNING Contact(Name)")));
    }

    @Test
    void search_findsEscapedReservedCharacters_asLiterals() {
        sf.records().insert("Account", Map.of("Name", "R&D {Labs} [Beta]: 50% + more!"));

        var answer = client.search(
                "FIND {R\\&D \\{Labs\\} \\[Beta\\]\\: 50% \\+ more\\!} IN NAME FIELDS" + " RETURNING Account(Name)");

        assertEquals(List.of("Account:R&D {Labs} [Beta]: 50% + more!"), TestClient.searchRecords(answer));
    }

    @Test
    void search_findsApostropheName_whenEscaped() {
        var answer = client.search("FIND {O\\'Brien} IN NAME FIELDS RETURNING Contact(Name), Lead(Name)");

        assertEquals(List.of("Contact:Sam O'Brien", "Lead:Sam O'Brien"), TestClient.searchRecords(answer));
    }

    @Test
    void search_answersMalformedSearch_forUnescapedBraceWithTrailingText() {
        var answer = client.search("FIND {abc} def} IN ALL FIELDS");

        assertEquals(400, answer.status());
        assertEquals("MALFORMED_SEARCH", answer.errorCode());
    }

    @Test
    void search_answersMalformedSearch_forUnescapedReservedCharacter() {
        assertEquals(
                "MALFORMED_SEARCH",
                client.search("FIND {+14155550123} IN PHONE FIELDS").errorCode());
        assertEquals(
                "MALFORMED_SEARCH",
                client.search("FIND {O'Brien} IN NAME FIELDS").errorCode());
        assertEquals(
                "MALFORMED_SEARCH",
                client.search("FIND {415-555-0123} IN PHONE FIELDS").errorCode());
    }

    @Test
    void search_answersMalformedSearch_forMissingBracesOrClosingBrace() {
        assertEquals("MALFORMED_SEARCH", client.search("FIND abc IN ALL FIELDS").errorCode());
        assertEquals(
                "MALFORMED_SEARCH", client.search("FIND {abc IN ALL FIELDS").errorCode());
        assertEquals(
                "MALFORMED_SEARCH", client.search("FIND {abc} IN EVERY FIELDS").errorCode());
    }

    @Test
    void search_answersMalformedSearch_forOneCharacterTerm() {
        var answer = client.search("FIND {a} IN ALL FIELDS");

        assertEquals("MALFORMED_SEARCH", answer.errorCode());
        assertTrue(answer.message().contains("longer than one character"), answer.message());
    }

    @Test
    void search_returningWhere_usesSoqlValidation() {
        assertEquals(
                "INVALID_FIELD",
                client.search("FIND {doe} RETURNING Contact(Name WHERE Nope__c = 'x')")
                        .errorCode());
        assertEquals(
                "INVALID_TYPE",
                client.search("FIND {doe} RETURNING Nope__c(Name)").errorCode());
        assertEquals(
                "INVALID_FIELD",
                client.search("FIND {doe} RETURNING Contact(Nope)").errorCode());
    }

    @Test
    void search_appliesPerObjectAndOverallLimits() {
        var perObject = client.search("FIND {doe} RETURNING Contact(Name ORDER BY Name LIMIT 1)");
        var overall = client.search("FIND {Oliver} RETURNING Contact(Name), Lead(Name) LIMIT 1");

        assertEquals(List.of("Contact:Jane Doe"), TestClient.searchRecords(perObject));
        assertEquals(List.of("Contact:Oliver Brown"), TestClient.searchRecords(overall));
    }

    @Test
    void search_findsCustomObjectPhoneFields() {
        var answer = client.search("FIND {4155550155} IN PHONE FIELDS RETURNING Patient__c(Name, Account__r.Name)");

        assertEquals(List.of("Patient__c:Alex Rivera"), TestClient.searchRecords(answer));
        assertEquals(
                "Umbrella Health Clinic",
                answer.body()
                        .get("searchRecords")
                        .get(0)
                        .path("Account__r")
                        .path("Name")
                        .asText());
    }
}
