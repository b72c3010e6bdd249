package io.ctibridge.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.emulator.schema.SalesforceIds;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SObjectWriteIT extends EmulatorTestBase {

    private String idOf(String sobject, String name) {
        return sf.records().all(sobject).stream()
                .filter(r -> name.equals(r.get("Name")))
                .map(r -> (String) r.get("Id"))
                .findFirst()
                .orElseThrow();
    }

    private TestClient.Response createTask(String json) {
        return client.post(TestClient.V + "/sobjects/Task/", json);
    }

    /** A well-formed id (valid checksum) that no record has. */
    private static String missing(String keyPrefix) {
        return SalesforceIds.generate(keyPrefix, 9_999_999);
    }

    @Test
    void create_answers201WithId_andStoresTheRecord() {
        String jane = idOf("Contact", "Jane Doe");

        var answer = createTask("""
                {"Subject": "Call", "Status": "Completed", "Priority": "Normal", "TaskSubtype": "Call",
                 "CallType": "Inbound", "CallDurationInSeconds": 61, "CallObject": "c-1",
                 "ActivityDate": "2026-11-25", "WhoId": "%s"}
                """.formatted(jane));

        assertEquals(201, answer.status());
        assertTrue(answer.body().get("success").asBoolean());
        String id = answer.body().get("id").asText();
        assertTrue(id.startsWith("00T") && id.length() == 18, id);
        assertTrue(answer.raw().headers().firstValue("Location").orElseThrow().endsWith("/sobjects/Task/" + id));
        Map<String, Object> stored = sf.records().get(id).orElseThrow();
        assertEquals(61L, stored.get("CallDurationInSeconds"));
        assertEquals(jane, stored.get("WhoId"));
        assertTrue(stored.get("CreatedDate")
                .toString()
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000"));
    }

    @Test
    void delete_answers204_andTheRecordIsGoneFromQueries_andASecondDeleteIs404() {
        String id = createTask("""
                {"Subject": "Call", "Status": "Completed", "Priority": "Normal", "CallObject": "to-delete"}
                """).body().get("id").asText();

        var deleted = client.delete(TestClient.V + "/sobjects/Task/" + id);

        assertEquals(204, deleted.status());
        assertTrue(sf.records().get(id).isEmpty());
        assertEquals(
                0,
                client.query("SELECT Id FROM Task WHERE CallObject = 'to-delete'")
                        .body()
                        .get("totalSize")
                        .asInt());
        var again = client.delete(TestClient.V + "/sobjects/Task/" + id);
        assertEquals(404, again.status());
        assertEquals("NOT_FOUND", again.errorCode());
    }

    @Test
    void delete_underAnotherObjectsName_is404_andKeepsTheRecord() {
        String jane = idOf("Contact", "Jane Doe");

        assertEquals(404, client.delete(TestClient.V + "/sobjects/Task/" + jane).status());
        assertTrue(sf.records().get(jane).isPresent());
    }

    @Test
    void create_answersRequiredFieldMissing_listingEveryMissingField() {
        var answer = createTask("{\"Subject\": \"no status\"}");

        assertEquals(400, answer.status());
        assertEquals("REQUIRED_FIELD_MISSING", answer.errorCode());
        assertEquals("Required fields are missing: [Status, Priority]", answer.message());
        assertEquals("Status", answer.body().get(0).get("fields").get(0).asText());
    }

    @Test
    void create_answersRequiredFieldMissing_forContactLeadAndAccount() {
        assertEquals(
                "REQUIRED_FIELD_MISSING",
                client.post(TestClient.V + "/sobjects/Contact/", "{\"FirstName\": \"A\"}")
                        .errorCode());
        assertEquals(
                "Required fields are missing: [Company]",
                client.post(TestClient.V + "/sobjects/Lead/", "{\"LastName\": \"A\"}")
                        .message());
        assertEquals(
                "REQUIRED_FIELD_MISSING",
                client.post(TestClient.V + "/sobjects/Account/", "{\"Phone\": \"1\"}")
                        .errorCode());
    }

    @Test
    void create_answersInvalidField_forUnknownField() {
        var answer = createTask("{\"Status\": \"Completed\", \"Priority\": \"Normal\", \"Nope__c\": 1}");

        assertEquals(400, answer.status());
        assertEquals("INVALID_FIELD", answer.errorCode());
        assertEquals("No such column 'Nope__c' on sobject of type Task", answer.message());
    }

    @Test
    void create_answersRestrictedPicklistError_forUnknownCallType() {
        var answer = createTask("{\"Status\": \"Completed\", \"Priority\": \"Normal\", \"CallType\": \"Sideways\"}");

        assertEquals("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", answer.errorCode());
        assertEquals(
                List.of("CallType"),
                List.of(answer.body().get(0).get("fields").get(0).asText()));
    }

    @Test
    void create_acceptsUnrestrictedPicklistValues() {
        var answer = createTask("{\"Status\": \"Escalated\", \"Priority\": \"Normal\"}");

        assertEquals(201, answer.status());
    }

    @Test
    void create_answersFieldIntegrityException_whenWhoIdIsNotAContactOrLead() {
        var answer = createTask("{\"Status\": \"Completed\", \"Priority\": \"Normal\", \"WhoId\": \"%s\"}"
                .formatted(idOf("Account", "Acme Robotics")));

        assertEquals("FIELD_INTEGRITY_EXCEPTION", answer.errorCode());
        assertEquals("WhoId", answer.body().get(0).get("fields").get(0).asText());
    }

    @Test
    void create_answersFieldIntegrityException_whenWhatIdIsALead() {
        var answer = createTask("{\"Status\": \"Completed\", \"Priority\": \"Normal\", \"WhatId\": \"%s\"}"
                .formatted(idOf("Lead", "Emma Wilson")));

        assertEquals("FIELD_INTEGRITY_EXCEPTION", answer.errorCode());
    }

    @Test
    void create_answersFieldIntegrityException_whenWhoIsALeadAndWhatIsSet() {
        var answer = createTask(
                "{\"Status\": \"Completed\", \"Priority\": \"Normal\", \"WhoId\": \"%s\", \"WhatId\": \"%s\"}"
                        .formatted(idOf("Lead", "Emma Wilson"), idOf("Account", "Acme Robotics")));

        assertEquals("FIELD_INTEGRITY_EXCEPTION", answer.errorCode());
        assertEquals("WhatId", answer.body().get(0).get("fields").get(0).asText());
    }

    @Test
    void create_acceptsCustomObjectAsWhatId_becauseItAllowsActivities() {
        var answer = createTask("{\"Status\": \"Completed\", \"Priority\": \"Normal\", \"WhatId\": \"%s\"}"
                .formatted(idOf("Patient__c", "Alex Rivera")));

        assertEquals(201, answer.status());
    }

    @Test
    void create_answersInvalidCrossReferenceKey_forWellFormedIdThatDoesNotExist() {
        var answer = createTask(
                "{\"Status\": \"Completed\", \"Priority\": \"Normal\", \"WhoId\": \"" + missing("003") + "\"}");

        assertEquals("INVALID_CROSS_REFERENCE_KEY", answer.errorCode());
    }

    @Test
    void create_answersMalformedId_forGarbageReference() {
        var answer = createTask("{\"Status\": \"Completed\", \"Priority\": \"Normal\", \"WhoId\": \"nonsense\"}");

        assertEquals("MALFORMED_ID", answer.errorCode());
    }

    @Test
    void create_answersInvalidFieldForInsertUpdate_forReadOnlyFields() {
        var compound = client.post(TestClient.V + "/sobjects/Contact/", "{\"LastName\": \"A\", \"Name\": \"B A\"}");
        var id = client.post(
                TestClient.V + "/sobjects/Contact/", "{\"LastName\": \"A\", \"Id\": \"" + missing("003") + "\"}");

        assertEquals("INVALID_FIELD_FOR_INSERT_UPDATE", compound.errorCode());
        assertEquals("INVALID_FIELD_FOR_INSERT_UPDATE", id.errorCode());
    }

    @Test
    void create_answersJsonParserError_forValueOfTheWrongType() {
        var answer = createTask(
                "{\"Status\": \"Completed\", \"Priority\": \"Normal\", \"CallDurationInSeconds\": \"long\"}");

        assertEquals("JSON_PARSER_ERROR", answer.errorCode());
    }

    @Test
    void create_answersNotFound_forUnknownObject() {
        assertEquals(404, client.post(TestClient.V + "/sobjects/Nope/", "{}").status());
    }

    @Test
    void create_computesCompoundName_readableByQuery() {
        var answer =
                client.post(TestClient.V + "/sobjects/Contact/", "{\"FirstName\": \"Zoë\", \"LastName\": \"Quinn\"}");

        var query = client.query("SELECT Name FROM Contact WHERE Id = '"
                + answer.body().get("id").asText() + "'");
        assertEquals("Zoë Quinn", query.body().get("records").get(0).get("Name").asText());
    }

    @Test
    void create_completedTask_movesLastActivityDateOfItsWhoAndWhat_forward() {
        String jane = idOf("Contact", "Jane Doe");
        String acme = idOf("Account", "Acme Robotics");
        Object janeModified = sf.records().get(jane).orElseThrow().get("LastModifiedDate");

        createTask("""
                {"Status": "Completed", "Priority": "Normal", "ActivityDate": "2026-11-24",
                 "WhoId": "%s", "WhatId": "%s"}
                """.formatted(jane, acme));
        createTask("""
                {"Status": "Completed", "Priority": "Normal", "ActivityDate": "2026-01-01", "WhoId": "%s"}
                """.formatted(jane));

        assertEquals("2026-11-24", sf.records().get(jane).orElseThrow().get("LastActivityDate"));
        assertEquals("2026-11-24", sf.records().get(acme).orElseThrow().get("LastActivityDate"));
        assertEquals(janeModified, sf.records().get(jane).orElseThrow().get("LastModifiedDate"));
    }

    @Test
    void update_changesFields_andAnswers204() {
        String ben = idOf("User", "Ben Okafor");
        String callCenter = sf.records().all("CallCenter").getFirst().get("Id").toString();

        var answer = client.patch(TestClient.V + "/sobjects/User/" + ben, "{\"CallCenterId\": \"" + callCenter + "\"}");

        assertEquals(204, answer.status());
        assertEquals(callCenter, sf.records().get(ben).orElseThrow().get("CallCenterId"));
    }

    @Test
    void update_refusesTaskSubtype_becauseItIsSettableOnCreateOnly() {
        String task = sf.records().all("Task").getFirst().get("Id").toString();

        var answer = client.patch(TestClient.V + "/sobjects/Task/" + task, "{\"TaskSubtype\": \"Task\"}");

        assertEquals("INVALID_FIELD_FOR_INSERT_UPDATE", answer.errorCode());
        assertFalse(sf.records().get(task).orElseThrow().get("TaskSubtype").equals("Task"));
    }

    @Test
    void retrieve_answersRecordFields_and404ForUnknownId() {
        String jane = idOf("Contact", "Jane Doe");

        var found = client.get(TestClient.V + "/sobjects/Contact/" + jane + "?fields=Name,Phone");
        var absent = client.get(TestClient.V + "/sobjects/Contact/" + missing("003"));

        assertEquals("(415) 555-0123", found.body().get("Phone").asText());
        assertEquals(404, absent.status());
    }

    @Test
    void describe_listsFieldsWithPicklistsAndReferences() {
        var answer = client.get(TestClient.V + "/sobjects/Task/describe");

        assertEquals("00T", answer.body().get("keyPrefix").asText());
        var callType = java.util.stream.StreamSupport.stream(
                        answer.body().get("fields").spliterator(), false)
                .filter(f -> f.get("name").asText().equals("CallType"))
                .findFirst()
                .orElseThrow();
        assertTrue(callType.get("restrictedPicklist").asBoolean());
        assertEquals(3, callType.get("picklistValues").size());
    }
}
