package io.ctibridge.cli.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.cli.common.OperationFailedException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The call through a running local server ({@code local}): its routes mirror the deployed ones, and its
 * {@code GET /local/tasks} reads the call log back from the emulator with the functions' own Salesforce client.
 */
public final class LocalApiPath implements CallPath, TaskReader {

    private final URI base;
    private final JsonHttp http = new JsonHttp();

    public LocalApiPath(URI base) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    @Override
    public JsonNode lookup(ObjectNode contactFlowEvent) {
        return ok(http.post(uri("/connect/lookup"), contactFlowEvent), "the caller lookup");
    }

    @Override
    public HttpAnswer pop(String contactId, String popToken) {
        return http.get(uri("/v1/pops/" + contactId), "Bearer " + popToken);
    }

    @Override
    public JsonNode logContactRecord(ObjectNode contactRecord) {
        return ok(http.post(uri("/connect/contact-records"), contactRecord), "the contact-record route");
    }

    /** An S3 Object Created event for an analysis file → the contact-analysis route's answer. */
    public HttpAnswer deliverAnalysis(JsonNode objectCreatedEvent) {
        return http.post(uri("/connect/contact-analysis"), objectCreatedEvent);
    }

    public String describeAnalysis() {
        return "POST " + base + "/connect/contact-analysis";
    }

    @Override
    public List<JsonNode> tasks(String contactId) {
        JsonNode answer = ok(
                http.get(uri("/local/tasks?callObject=" + URLEncoder.encode(contactId, StandardCharsets.UTF_8)), null),
                "the Task read-back route");
        List<JsonNode> tasks = new ArrayList<>();
        answer.path("records").forEach(tasks::add);
        return tasks;
    }

    @Override
    public String describe(Step step) {
        return switch (step) {
            case LOOKUP -> "POST " + base + "/connect/lookup";
            case POP -> "GET  " + base + "/v1/pops/{contactId}";
            case CONTACT_RECORD -> "POST " + base + "/connect/contact-records";
        };
    }

    @Override
    public List<JsonNode> voiceCalls(String contactId) {
        JsonNode answer = ok(
                http.get(
                        uri("/local/tasks?vendorCallKey=" + URLEncoder.encode(contactId, StandardCharsets.UTF_8)),
                        null),
                "the VoiceCall read-back route");
        List<JsonNode> calls = new ArrayList<>();
        answer.path("records").forEach(calls::add);
        return calls;
    }

    @Override
    public String describeVoiceCalls() {
        return "GET  " + base + "/local/tasks?vendorCallKey={contactId}  (SOQL on VoiceCall.VendorCallKey)";
    }

    @Override
    public String describeTasks() {
        return "GET  " + base + "/local/tasks?callObject={contactId}  (SOQL on Task.CallObject)";
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static JsonNode ok(HttpAnswer answer, String what) {
        if (answer.status() != 200 || answer.body() == null) {
            throw new OperationFailedException(what + " answered " + answer.status()
                    + (answer.body() == null
                            ? ""
                            : ": "
                                    + answer.body()
                                            .path("error")
                                            .asText(answer.body().toString())));
        }
        return answer.body();
    }
}
