package io.ctibridge.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryIT extends EmulatorTestBase {

    private static List<String> names(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.path("records").forEach(r -> names.add(r.path("Name").asText()));
        return names;
    }

    @Test
    void query_returnsSelectedFieldsWithAttributes_forMatchingRecords() {
        var answer = client.query("SELECT Id, Name, Phone FROM Contact WHERE LastName = 'Doe' ORDER BY FirstName");

        assertEquals(200, answer.status());
        assertEquals(2, answer.body().get("totalSize").asInt());
        assertTrue(answer.body().get("done").asBoolean());
        JsonNode jane = answer.body().get("records").get(0);
        assertEquals("Contact", jane.path("attributes").path("type").asText());
        assertEquals(
                "/services/data/v66.0/sobjects/Contact/" + jane.get("Id").asText(),
                jane.path("attributes").path("url").asText());
        assertEquals("Jane Doe", jane.get("Name").asText());
        assertEquals("(415) 555-0123", jane.get("Phone").asText());
        assertEquals(List.of("attributes", "Id", "Name", "Phone"), fieldNames(jane));
    }

    private static List<String> fieldNames(JsonNode record) {
        List<String> names = new ArrayList<>();
        record.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void query_nestsParentFields_underTheRelationshipName() {
        var answer = client.query("select name, account.name, Account.Phone from contact where Name = 'Jane Doe'");

        JsonNode jane = answer.body().get("records").get(0);
        assertEquals("Acme Robotics", jane.path("Account").path("Name").asText());
        assertEquals("(415) 555-0100", jane.path("Account").path("Phone").asText());
        assertEquals(
                "Account", jane.path("Account").path("attributes").path("type").asText());
    }

    @Test
    void query_answersNullParent_whenTheReferenceIsEmpty() {
        var answer = client.query("SELECT Name, Account.Name FROM Contact WHERE Name = 'Tom Baker'");

        assertTrue(answer.body().get("records").get(0).get("Account").isNull());
    }

    @Test
    void query_filtersOnParentFields() {
        var answer = client.query("SELECT Name FROM Contact WHERE Account.Name = 'Globex Ltd' ORDER BY Name");

        assertEquals(List.of("Amelia Clarke", "Oliver Brown"), names(answer.body()));
    }

    @Test
    void query_ordersDescendingWithNullsLast_andAppliesLimitAndOffset() {
        var answer = client.query("SELECT Name, LastActivityDate FROM Contact ORDER BY LastActivityDate DESC,"
                + " Name ASC LIMIT 2 OFFSET 1");

        assertEquals(List.of("Amelia Clarke", "Hanna Müller"), names(answer.body()));
    }

    @Test
    void query_combinesAndOrNotWithParentheses() {
        var answer = client.query("SELECT Name FROM Lead WHERE (Country = 'Germany' OR Country = 'India')"
                + " AND NOT IsConverted = true ORDER BY Name");

        assertEquals(List.of("Noah Fischer", "Raj Patel"), names(answer.body()));
    }

    @Test
    void query_supportsInNotInLikeAndComparisons() {
        assertEquals(
                List.of("Jane Doe", "John Smith"),
                names(client.query("SELECT Name FROM Contact WHERE FirstName IN ('Jane', 'John') ORDER BY Name")
                        .body()));
        assertEquals(
                List.of("Jim Doe"),
                names(client.query("SELECT Name FROM Contact WHERE LastName = 'Doe' AND FirstName NOT IN ('Jane')")
                        .body()));
        assertEquals(
                List.of("Jane Doe", "Jim Doe"),
                names(client.query(
                                "SELECT Name FROM Contact WHERE Name LIKE 'j_m%' OR Name LIKE '%ane d%' ORDER BY Name")
                        .body()));
        assertEquals(
                List.of("Jim Doe"),
                names(client.query(
                                "SELECT Name FROM Contact WHERE LastModifiedDate > 2026-10-01T00:00:00Z AND LastName = 'Doe'")
                        .body()));
        assertEquals(
                List.of("Inbound call from Jane Doe"),
                names(subjects(client.query("SELECT Subject FROM Task WHERE CallDurationInSeconds >= 100")
                        .body())));
    }

    private static JsonNode subjects(JsonNode body) {
        // Reuse names(): copy Subject into Name.
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var copy = mapper.createObjectNode();
        var records = copy.putArray("records");
        body.path("records")
                .forEach(r -> records.addObject().put("Name", r.path("Subject").asText()));
        return copy;
    }

    @Test
    void query_comparesIdsWithEither15Or18Characters() {
        String id18 = sf.records().all("Account").getFirst().get("Id").toString();

        assertEquals(
                1,
                client.query("SELECT Id FROM Account WHERE Id = '" + id18 + "'")
                        .body()
                        .get("totalSize")
                        .asInt());
        assertEquals(
                1,
                client.query("SELECT Id FROM Account WHERE Id = '" + id18.substring(0, 15) + "'")
                        .body()
                        .get("totalSize")
                        .asInt());
    }

    @Test
    void query_countOnly_answersTotalSizeWithoutRecords() {
        var answer = client.query("SELECT COUNT() FROM Lead WHERE IsConverted = false");

        assertEquals(4, answer.body().get("totalSize").asInt());
        assertEquals(0, answer.body().get("records").size());
    }

    @Test
    void query_findsApostropheName_onlyWhenTheQuoteIsEscaped() {
        var escaped = client.query("SELECT Name FROM Contact WHERE LastName = 'O\\'Brien'");
        var unescaped = client.query("SELECT Name FROM Contact WHERE LastName = 'O'Brien'");

        assertEquals(List.of("Sam O'Brien"), names(escaped.body()));
        assertEquals(400, unescaped.status());
        assertEquals("MALFORMED_QUERY", unescaped.errorCode());
    }

    @Test
    void query_treatsEscapedInjectionAttemptAsALiteral_neverWideningResults() {
        String hostile = "x' OR Name != '";
        String escaped = hostile.replace("\\", "\\\\").replace("'", "\\'");

        var answer = client.query("SELECT Name FROM Contact WHERE Name = '" + escaped + "'");

        assertEquals(200, answer.status());
        assertEquals(0, answer.body().get("totalSize").asInt());
    }

    @Test
    void query_rejectsUnescapedInjectionAttempt_insteadOfWideningResults() {
        String hostile = "x' OR Name != '";

        var answer = client.query("SELECT Name FROM Contact WHERE LastName = 'Doe' AND Name = '" + hostile + "'");

        // Mixing AND and OR without parentheses is malformed in SOQL, so the injected OR cannot widen the match.
        assertEquals(400, answer.status());
        assertEquals("MALFORMED_QUERY", answer.errorCode());
    }

    @Test
    void query_decodesSoqlEscapesInStringLiterals() {
        sf.records().insert("Contact", Map.of("LastName", "Tab\there", "FirstName", "Back\\slash \"q\" 100%_"));

        assertEquals(
                1,
                client.query("SELECT Id FROM Contact WHERE LastName = 'Tab\\there'")
                        .body()
                        .get("totalSize")
                        .asInt());
        assertEquals(
                1,
                client.query("SELECT Id FROM Contact WHERE FirstName = 'Back\\\\slash \\\"q\\\" 100%_'")
                        .body()
                        .get("totalSize")
                        .asInt());
        assertEquals(
                1,
                client.query("SELECT Id FROM Contact WHERE FirstName LIKE '%100\\%\\_'")
                        .body()
                        .get("totalSize")
                        .asInt());
        assertEquals(
                0,
                client.query("SELECT Id FROM Contact WHERE FirstName LIKE '%1000\\%'")
                        .body()
                        .get("totalSize")
                        .asInt());
        assertEquals(
                1,
                client.query("SELECT Id FROM Contact WHERE LastName = 'Tab\\u0009here'")
                        .body()
                        .get("totalSize")
                        .asInt());
    }

    @Test
    void query_rejectsIllegalEscape_asMalformedQuery() {
        var answer = client.query("SELECT Id FROM Contact WHERE LastName = 'a\\qb'");

        assertEquals("MALFORMED_QUERY", answer.errorCode());
    }

    @Test
    void query_answersInvalidType_forUnknownObject() {
        var answer = client.query("SELECT Id FROM Foo");

        assertEquals(400, answer.status());
        assertEquals("INVALID_TYPE", answer.errorCode());
        assertTrue(answer.message().contains("sObject type 'Foo' is not supported."), answer.message());
    }

    @Test
    void query_answersInvalidField_forUnknownFieldOrRelationship() {
        var field = client.query("SELECT Id, Foo FROM Contact");
        var relationship = client.query("SELECT Id, Bar.Name FROM Contact");
        var whereField = client.query("SELECT Id FROM Contact WHERE Fax__c = '1'");

        assertEquals("INVALID_FIELD", field.errorCode());
        assertTrue(field.message().contains("No such column 'Foo' on entity 'Contact'"), field.message());
        assertTrue(field.message().contains("ERROR at Row:1:Column:12"), field.message());
        assertEquals("INVALID_FIELD", relationship.errorCode());
        assertTrue(relationship.message().contains("Didn't understand relationship 'Bar'"));
        assertEquals("INVALID_FIELD", whereField.errorCode());
    }

    @Test
    void query_answersInvalidField_forLiteralOfTheWrongType() {
        assertEquals(
                "INVALID_FIELD",
                client.query("SELECT Id FROM Contact WHERE LastName = 5").errorCode());
        assertEquals(
                "INVALID_FIELD",
                client.query("SELECT Id FROM Task WHERE CallDurationInSeconds = '5'")
                        .errorCode());
        assertEquals(
                "INVALID_FIELD",
                client.query("SELECT Id FROM Lead WHERE IsConverted = 'false'").errorCode());
    }

    @Test
    void query_answersInvalidQueryFilterOperator_forMalformedId() {
        var answer = client.query("SELECT Id FROM Contact WHERE AccountId = 'not-an-id'");

        assertEquals("INVALID_QUERY_FILTER_OPERATOR", answer.errorCode());
    }

    @Test
    void query_answersMalformedQuery_withPosition_forSyntaxErrors() {
        var missingFrom = client.query("SELECT Id Contact");
        var trailing = client.query("SELECT Id FROM Contact LIMIT 5 garbage");
        var mixed = client.query("SELECT Id FROM Contact WHERE FirstName = 'a' AND LastName = 'b' OR Title = 'c'");
        var unterminated = client.query("SELECT Id FROM Contact WHERE Name = 'abc");

        assertEquals("MALFORMED_QUERY", missingFrom.errorCode());
        assertTrue(missingFrom.message().contains("unexpected token: Contact"), missingFrom.message());
        assertEquals("MALFORMED_QUERY", trailing.errorCode());
        assertTrue(trailing.message().contains("ERROR at Row:1:Column:32"), trailing.message());
        assertEquals("MALFORMED_QUERY", mixed.errorCode());
        assertEquals("MALFORMED_QUERY", unterminated.errorCode());
    }

    @Test
    void query_pagesThroughNextRecordsUrl_untilDone() {
        for (int i = 0; i < 4500; i++) {
            sf.records()
                    .insert(
                            "Task",
                            Map.of(
                                    "Subject",
                                    "Bulk " + i,
                                    "Status",
                                    "Completed",
                                    "Priority",
                                    "Low",
                                    "CallObject",
                                    "bulk-" + i));
        }

        var first = client.query("SELECT Id, CallObject FROM Task WHERE Subject LIKE 'Bulk %'");
        assertEquals(4500, first.body().get("totalSize").asInt());
        assertFalse(first.body().get("done").asBoolean());
        assertEquals(2000, first.body().get("records").size());

        Set<String> seen = new HashSet<>();
        first.body().get("records").forEach(r -> seen.add(r.get("CallObject").asText()));
        JsonNode page = first.body();
        int pages = 1;
        while (!page.get("done").asBoolean()) {
            String next = page.get("nextRecordsUrl").asText();
            assertTrue(next.matches("/services/data/v66\\.0/query/01g[A-Za-z0-9]{15}-\\d+"), next);
            page = client.get(next).body();
            page.get("records").forEach(r -> seen.add(r.get("CallObject").asText()));
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(4500, seen.size());
        assertFalse(page.has("nextRecordsUrl"));
    }

    @Test
    void query_honoursBatchSizeHeader() {
        var answer = client.get(
                TestClient.V + "/query?q=" + TestClient.encode("SELECT Id FROM Contact"),
                "Sforce-Query-Options",
                "batchSize=200");
        for (int i = 0; i < 450; i++) {
            sf.records().insert("Lead", Map.of("LastName", "L" + i, "Company", "C"));
        }
        var leads = client.get(
                TestClient.V + "/query?q=" + TestClient.encode("SELECT Id FROM Lead"),
                "Sforce-Query-Options",
                "batchSize=200");

        assertTrue(answer.body().get("done").asBoolean());
        assertEquals(455, leads.body().get("totalSize").asInt());
        assertEquals(200, leads.body().get("records").size());
        var second = client.get(leads.body().get("nextRecordsUrl").asText());
        assertEquals(200, second.body().get("records").size());
        assertTrue(second.body().get("nextRecordsUrl").asText().endsWith("-400"));
    }

    @Test
    void query_answersInvalidQueryLocator_forUnknownCursor() {
        var answer = client.get(TestClient.V + "/query/01g000000000000AAA-2000");

        assertEquals(400, answer.status());
        assertEquals("INVALID_QUERY_LOCATOR", answer.errorCode());
    }

    @Test
    void api_answersNotFound_forUnsupportedVersion() {
        var old = client.get("/services/data/v41.0/query?q=" + TestClient.encode("SELECT Id FROM Contact"));
        var supported = client.get("/services/data/v68.0/query?q=" + TestClient.encode("SELECT Id FROM Contact"));

        assertEquals(404, old.status());
        assertEquals("NOT_FOUND", old.errorCode());
        assertEquals(200, supported.status());
    }
}
