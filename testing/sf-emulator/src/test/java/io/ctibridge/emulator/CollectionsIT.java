package io.ctibridge.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ctibridge.emulator.schema.SalesforceIds;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

class CollectionsIT extends EmulatorTestBase {
    private static final String PATH = TestClient.V + "/composite/sobjects";

    private static String task(String callObject, String extra) {
        return "{\"attributes\": {\"type\": \"Task\"}, \"Subject\": \"Call\", \"Status\": \"Completed\","
                + " \"Priority\": \"Normal\", \"TaskSubtype\": \"Call\", \"CallObject\": \"" + callObject + "\"" + extra
                + "}";
    }

    private static String body(boolean allOrNone, String... records) {
        return "{\"allOrNone\": " + allOrNone + ", \"records\": [" + String.join(",", records) + "]}";
    }

    private int tasksWithCallObjectPrefix(String prefix) {
        return (int) sf.records().all("Task").stream()
                .filter(t -> String.valueOf(t.get("CallObject")).startsWith(prefix))
                .count();
    }

    /** A well-formed id (valid checksum) that no record has. */
    private static String missing(String keyPrefix) {
        return SalesforceIds.generate(keyPrefix, 9_999_999);
    }

    @Test
    void create_savesValidRecords_andReportsInvalidOnes_inOrder() {
        var answer = client.post(
                PATH, body(false, task("b-1", ""), task("b-2", ", \"CallType\": \"Sideways\""), task("b-3", "")));

        assertEquals(200, answer.status());
        JsonNode results = answer.body();
        assertEquals(3, results.size());
        assertTrue(results.get(0).get("success").asBoolean());
        assertTrue(results.get(0).get("id").asText().startsWith("00T"));
        assertFalse(results.get(1).get("success").asBoolean());
        assertFalse(results.get(1).has("id"));
        assertEquals(
                "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                results.get(1).get("errors").get(0).get("statusCode").asText());
        assertEquals(
                "CallType",
                results.get(1).get("errors").get(0).get("fields").get(0).asText());
        assertTrue(results.get(2).get("success").asBoolean());
        assertEquals(2, tasksWithCallObjectPrefix("b-"));
    }

    @Test
    void create_withAllOrNone_savesNothing_whenOneRecordFails() {
        var answer = client.post(PATH, body(true, task("a-1", ""), task("a-2", ", \"Status\": null")));

        assertEquals(
                "ALL_OR_NONE_OPERATION_ROLLED_BACK",
                answer.body().get(0).get("errors").get(0).get("statusCode").asText());
        assertEquals(
                "REQUIRED_FIELD_MISSING",
                answer.body().get(1).get("errors").get(0).get("statusCode").asText());
        assertEquals(0, tasksWithCallObjectPrefix("a-"));
    }

    @Test
    void create_answers400_forMoreThan200Records() {
        StringJoiner records = new StringJoiner(",");
        for (int i = 0; i < 201; i++) {
            records.add(task("x-" + i, ""));
        }

        var answer = client.post(PATH, "{\"allOrNone\": false, \"records\": [" + records + "]}");

        assertEquals(400, answer.status());
        assertEquals("EXCEEDED_ID_LIMIT", answer.errorCode());
        assertEquals(0, tasksWithCallObjectPrefix("x-"));
    }

    @Test
    void create_accepts200Records() {
        String[] records = new String[200];
        for (int i = 0; i < 200; i++) {
            records[i] = task("ok-" + i, "");
        }

        var answer = client.post(PATH, body(false, records));

        assertEquals(200, answer.body().size());
        assertEquals(200, tasksWithCallObjectPrefix("ok-"));
    }

    @Test
    void create_failsWholeRequest_forUnknownFieldOrMissingType() {
        var unknownField = client.post(PATH, body(false, task("u-1", ""), task("u-2", ", \"Nope\": 1")));
        var missingType = client.post(PATH, body(false, "{\"Subject\": \"x\"}"));

        assertEquals(400, unknownField.status());
        assertEquals("INVALID_FIELD", unknownField.errorCode());
        assertEquals(0, tasksWithCallObjectPrefix("u-"));
        assertEquals("INVALID_TYPE", missingType.errorCode());
    }

    @Test
    void create_reportsTaskRuleViolationsPerRecord() {
        String lead = sf.records().all("Lead").getFirst().get("Id").toString();
        String account = sf.records().all("Account").getFirst().get("Id").toString();

        var answer = client.post(
                PATH,
                body(
                        false,
                        task("t-1", ", \"WhoId\": \"" + account + "\""),
                        task("t-2", ", \"WhoId\": \"" + lead + "\", \"WhatId\": \"" + account + "\""),
                        task("t-3", ", \"WhoId\": \"" + missing("003") + "\""),
                        task("t-4", ", \"WhoId\": \"" + lead + "\"")));

        assertEquals(
                "FIELD_INTEGRITY_EXCEPTION",
                answer.body().get(0).get("errors").get(0).get("statusCode").asText());
        assertEquals(
                "FIELD_INTEGRITY_EXCEPTION",
                answer.body().get(1).get("errors").get(0).get("statusCode").asText());
        assertEquals(
                "INVALID_CROSS_REFERENCE_KEY",
                answer.body().get(2).get("errors").get(0).get("statusCode").asText());
        assertTrue(answer.body().get(3).get("success").asBoolean());
    }

    @Test
    void update_changesRecordsById_andRefusesTaskSubtype() {
        var created = client.post(PATH, body(false, task("p-1", ""), task("p-2", "")));
        String first = created.body().get(0).get("id").asText();
        String second = created.body().get(1).get("id").asText();

        var answer = client.patch(
                PATH,
                body(
                        false,
                        "{\"attributes\": {\"type\": \"Task\"}, \"id\": \"" + first
                                + "\", \"CallDurationInSeconds\": 300}",
                        "{\"attributes\": {\"type\": \"Task\"}, \"id\": \"" + second + "\", \"TaskSubtype\": \"Task\"}",
                        "{\"attributes\": {\"type\": \"Task\"}, \"CallDurationInSeconds\": 1}",
                        "{\"attributes\": {\"type\": \"Task\"}, \"id\": \"" + missing("00T")
                                + "\", \"CallDurationInSeconds\": 1}"));

        assertEquals(200, answer.status());
        assertTrue(answer.body().get(0).get("success").asBoolean());
        assertEquals(first, answer.body().get(0).get("id").asText());
        assertEquals(300L, sf.records().get(first).orElseThrow().get("CallDurationInSeconds"));
        assertEquals(
                "INVALID_FIELD_FOR_INSERT_UPDATE",
                answer.body().get(1).get("errors").get(0).get("statusCode").asText());
        assertEquals(
                "MISSING_ARGUMENT",
                answer.body().get(2).get("errors").get(0).get("statusCode").asText());
        assertEquals(
                "INVALID_CROSS_REFERENCE_KEY",
                answer.body().get(3).get("errors").get(0).get("statusCode").asText());
    }

    @Test
    void update_setsUserCallCenterId() {
        String user = sf.records().all("User").get(2).get("Id").toString();
        String callCenter = sf.records().all("CallCenter").getFirst().get("Id").toString();

        var answer = client.patch(
                PATH,
                body(
                        false,
                        "{\"attributes\": {\"type\": \"User\"}, \"id\": \"" + user + "\", \"CallCenterId\": \""
                                + callCenter + "\"}"));

        assertTrue(
                answer.body().get(0).get("success").asBoolean(), answer.body().toString());
        assertEquals(callCenter, sf.records().get(user).orElseThrow().get("CallCenterId"));
    }
}
