package io.ctibridge.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The versions list and describe's field-level security, as a pre-flight check reads them. */
class DescribeAccessIT extends EmulatorTestBase {

    @Test
    void versions_listEveryServedVersion_withoutASession() throws Exception {
        HttpResponse<String> answer;
        try (HttpClient http = HttpClient.newHttpClient()) {
            answer = http.send(
                    HttpRequest.newBuilder(URI.create(sf.baseUrl() + "/services/data/"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        assertEquals(200, answer.statusCode());
        JsonNode versions = TestClient.json(answer.body());
        assertTrue(versions.isArray());
        JsonNode v66 = versions.get(66 - 58);
        assertEquals("66.0", v66.get("version").asText());
        assertEquals("/services/data/v66.0", v66.get("url").asText());
        assertEquals("Spring '26", v66.get("label").asText());
    }

    @Test
    void describe_reportsTheSchemasFlags_whenNoAccessIsOverridden() {
        JsonNode subtype =
                field(client.get(TestClient.V + "/sobjects/Task/describe").body(), "TaskSubtype");

        assertEquals(true, subtype.get("createable").asBoolean());
        assertEquals(false, subtype.get("updateable").asBoolean());
    }

    @Test
    void describe_reportsTheOverriddenFlags_whenATestTakesFieldAccessAway() {
        sf.faults().fieldAccess("task", "calldisposition", false, true);

        JsonNode disposition =
                field(client.get(TestClient.V + "/sobjects/Task/describe").body(), "CallDisposition");

        assertEquals(false, disposition.get("createable").asBoolean());
        assertEquals(true, disposition.get("updateable").asBoolean());
    }

    @Test
    void reset_restoresTheSchemasFlags() {
        sf.faults().fieldAccess("Task", "CallDisposition", false, false);
        sf.faults().reset();

        JsonNode disposition =
                field(client.get(TestClient.V + "/sobjects/Task/describe").body(), "CallDisposition");

        assertEquals(true, disposition.get("createable").asBoolean());
    }

    private static JsonNode field(JsonNode describe, String name) {
        for (JsonNode field : describe.get("fields")) {
            if (field.get("name").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name + " in " + describe);
    }
}
