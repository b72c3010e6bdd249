package io.ctibridge.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class CompositeIT extends EmulatorTestBase {
    private static final String PATH = TestClient.V + "/composite";

    @Test
    void composite_runsQueryCreateAndCollections_inOneRoundTrip_withReferences() {
        sf.requests().clear();
        var answer = client.post(PATH, """
                {"allOrNone": false, "compositeRequest": [
                  {"method": "GET", "referenceId": "jane",
                   "url": "/services/data/v66.0/query?q=SELECT+Id+FROM+Contact+WHERE+Name+%3D+%27Jane+Doe%27"},
                  {"method": "POST", "referenceId": "task", "url": "/services/data/v66.0/sobjects/Task/",
                   "body": {"Subject": "Call", "Status": "Completed", "Priority": "Normal",
                            "WhoId": "@{jane.records[0].Id}"}},
                  {"method": "POST", "referenceId": "more", "url": "/services/data/v66.0/composite/sobjects",
                   "body": {"allOrNone": false, "records": [
                     {"attributes": {"type": "Task"}, "Status": "Completed", "Priority": "Low"}]}}
                ]}
                """);

        assertEquals(200, answer.status());
        assertEquals(1, sf.requests().count());
        JsonNode responses = answer.body().get("compositeResponse");
        assertEquals(200, responses.get(0).get("httpStatusCode").asInt());
        assertEquals("jane", responses.get(0).get("referenceId").asText());
        assertEquals(201, responses.get(1).get("httpStatusCode").asInt());
        String taskId = responses.get(1).get("body").get("id").asText();
        String janeId =
                responses.get(0).get("body").get("records").get(0).get("Id").asText();
        assertEquals(janeId, sf.records().get(taskId).orElseThrow().get("WhoId"));
        assertTrue(responses.get(1).get("httpHeaders").get("Location").asText().endsWith(taskId));
        assertEquals(200, responses.get(2).get("httpStatusCode").asInt());
        assertTrue(responses.get(2).get("body").get(0).get("success").asBoolean());
    }

    @Test
    void composite_answers200_withSubrequestErrorStatuses() {
        var answer = client.post(PATH, """
                {"compositeRequest": [
                  {"method": "GET", "referenceId": "bad", "url": "/services/data/v66.0/query?q=SELECT+Nope+FROM+Contact"},
                  {"method": "POST", "referenceId": "missing", "url": "/services/data/v66.0/sobjects/Task/",
                   "body": {"Subject": "no status"}},
                  {"method": "GET", "referenceId": "ok", "url": "/services/data/v66.0/query?q=SELECT+Id+FROM+Lead"}
                ]}
                """);

        assertEquals(200, answer.status());
        JsonNode responses = answer.body().get("compositeResponse");
        assertEquals(400, responses.get(0).get("httpStatusCode").asInt());
        assertEquals(
                "INVALID_FIELD",
                responses.get(0).get("body").get(0).get("errorCode").asText());
        assertEquals(400, responses.get(1).get("httpStatusCode").asInt());
        assertEquals(
                "REQUIRED_FIELD_MISSING",
                responses.get(1).get("body").get(0).get("errorCode").asText());
        assertEquals(200, responses.get(2).get("httpStatusCode").asInt());
    }

    @Test
    void composite_withAllOrNone_rollsBackEarlierWrites_andHaltsTheRest() {
        int tasksBefore = sf.records().all("Task").size();

        var answer = client.post(PATH, """
                {"allOrNone": true, "compositeRequest": [
                  {"method": "POST", "referenceId": "first", "url": "/services/data/v66.0/sobjects/Task/",
                   "body": {"Status": "Completed", "Priority": "Normal"}},
                  {"method": "POST", "referenceId": "broken", "url": "/services/data/v66.0/sobjects/Task/",
                   "body": {"Status": "Completed"}},
                  {"method": "POST", "referenceId": "after", "url": "/services/data/v66.0/sobjects/Task/",
                   "body": {"Status": "Completed", "Priority": "Normal"}}
                ]}
                """);

        JsonNode responses = answer.body().get("compositeResponse");
        assertEquals(
                "PROCESSING_HALTED",
                responses.get(0).get("body").get(0).get("errorCode").asText());
        assertEquals(
                "REQUIRED_FIELD_MISSING",
                responses.get(1).get("body").get(0).get("errorCode").asText());
        assertEquals(
                "PROCESSING_HALTED",
                responses.get(2).get("body").get(0).get("errorCode").asText());
        assertEquals(tasksBefore, sf.records().all("Task").size());
    }

    @Test
    void composite_answersProcessingHalted_forReferenceToAFailedSubrequest() {
        var answer = client.post(PATH, """
                {"compositeRequest": [
                  {"method": "POST", "referenceId": "broken", "url": "/services/data/v66.0/sobjects/Contact/",
                   "body": {"FirstName": "No last name"}},
                  {"method": "POST", "referenceId": "task", "url": "/services/data/v66.0/sobjects/Task/",
                   "body": {"Status": "Completed", "Priority": "Normal", "WhoId": "@{broken.id}"}}
                ]}
                """);

        JsonNode responses = answer.body().get("compositeResponse");
        assertEquals(400, responses.get(1).get("httpStatusCode").asInt());
        assertEquals(
                "PROCESSING_HALTED",
                responses.get(1).get("body").get(0).get("errorCode").asText());
    }

    @Test
    void composite_answers400_forMoreThan25Subrequests() {
        StringBuilder subrequests = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            subrequests
                    .append(i == 0 ? "" : ",")
                    .append("{\"method\": \"GET\", \"referenceId\": \"r")
                    .append(i)
                    .append("\", \"url\": \"/services/data/v66.0/query?q=SELECT+Id+FROM+Lead\"}");
        }

        var answer = client.post(PATH, "{\"compositeRequest\": [" + subrequests + "]}");

        assertEquals(400, answer.status());
    }
}
