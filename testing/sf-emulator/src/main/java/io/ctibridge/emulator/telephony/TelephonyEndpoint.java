package io.ctibridge.emulator.telephony;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.emulator.RecordStore;
import io.ctibridge.emulator.http.ApiResponse;
import io.ctibridge.emulator.schema.FieldValues;
import io.ctibridge.emulator.schema.SalesforceTime;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Telephony Integration API of Salesforce Voice with Partner Telephony, under {@code /telephony/v1}: {@code POST
 * /voiceCalls} and {@code PATCH /voiceCalls/{id}} ({@code id} a VoiceCall Id or a vendorCallKey), writing VoiceCall
 * records that the REST API's query then reads. Where the documentation is silent the emulator takes the reading
 * that makes a client's mistakes visible:
 *
 * <ul>
 *   <li>a POST with a vendorCallKey that exists already makes a second VoiceCall (a client that repeats a POST
 *       shows up as a duplicate);
 *   <li>a PATCH answers {@code {"status":"pending"}} like the real, asynchronous one, but applies at once;
 *   <li>callAttributes keys name VoiceCall fields and values keep their JSON types; keys that are none, and values
 *       that do not fit their field, are reported in {@code errors} while the call is still made (the API is not
 *       transactional);
 *   <li>error bodies are {@code {"message","errorCode"}} (none is documented).
 * </ul>
 *
 * Fields beyond the documented VoiceCall ones (QueueName, AgentName, DisconnectReason, the hold figures) are the
 * emulator's names for what a PATCH carries, so tests can read it back.
 */
public final class TelephonyEndpoint {

    public static final String PREFIX = "/telephony/v1";
    private static final Set<String> INITIATION_METHODS = Set.of("Inbound", "Transfer");

    private final RecordStore store;
    private final ObjectMapper json;
    private final TelephonyJwtVerifier verifier;
    private volatile TelephonyTrust trust;

    public TelephonyEndpoint(RecordStore store, ObjectMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.verifier = new TelephonyJwtVerifier(json, clock);
    }

    /** Trusts JWTs signed by {@code trust}'s key for its org and contact center (the certificate upload). */
    public void trust(TelephonyTrust trust) {
        this.trust = trust;
    }

    public Optional<TelephonyTrust> trust() {
        return Optional.ofNullable(trust);
    }

    /** Why the bearer is refused (401), or empty. */
    public Optional<String> refusal(Optional<String> bearer) {
        return bearer.isEmpty()
                ? Optional.of("no bearer token")
                : verifier.refusal(bearer.get(), Optional.ofNullable(trust));
    }

    public ApiResponse handle(String method, String path, String body) {
        String rest = path.substring(PREFIX.length());
        if (rest.equals("/voiceCalls") && method.equals("POST")) {
            return readObject(body).map(this::create).orElseGet(() -> error(400, "body must be a JSON object"));
        }
        if (rest.startsWith("/voiceCalls/") && method.equals("PATCH") && rest.indexOf('/', 12) < 0) {
            String id = URLDecoder.decode(rest.substring("/voiceCalls/".length()), StandardCharsets.UTF_8);
            return readObject(body)
                    .map(update -> update(id, update))
                    .orElseGet(() -> error(400, "body must be a JSON object"));
        }
        return error(404, "no such resource: " + method + " " + path);
    }

    private ApiResponse create(JsonNode body) {
        for (String key :
                List.of("callCenterApiName", "vendorCallKey", "to", "from", "initiationMethod", "startTime")) {
            if (body.path(key).asText("").isBlank()) {
                return error(400, key + " is required");
            }
        }
        if (!trust.contactCenterApiName().equals(body.get("callCenterApiName").asText())) {
            return error(400, "callCenterApiName is not this contact center's");
        }
        String method = body.get("initiationMethod").asText();
        if (!INITIATION_METHODS.contains(method)) {
            return error(400, "initiationMethod must be Inbound or Transfer");
        }
        JsonNode participants = body.path("participants");
        if (!participants.isArray() || participants.isEmpty()) {
            return error(400, "participants is required");
        }
        for (JsonNode participant : participants) {
            if (participant.path("participantKey").asText("").isBlank()
                    || !"END_USER".equals(participant.path("type").asText())) {
                return error(400, "each participant needs a participantKey and type END_USER");
            }
        }
        Optional<Instant> start = time(body, "startTime");
        if (start.isEmpty()) {
            return error(400, "startTime must be an ISO-8601 date and time");
        }
        Optional<Map<String, Object>> parent = Optional.empty();
        if (method.equals("Transfer")) {
            String parentKey = body.path("parentVoiceCallId").asText("");
            if (parentKey.isBlank()) {
                return error(400, "parentVoiceCallId is required for a Transfer");
            }
            parent = find(parentKey);
            if (parent.isEmpty()) {
                return error(400, "parentVoiceCallId " + parentKey + " is not a VoiceCall");
            }
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("VendorCallKey", body.get("vendorCallKey").asText());
        fields.put("CallType", method);
        fields.put("CallStartDateTime", SalesforceTime.format(start.get()));
        fields.put("FromPhoneNumber", body.get("from").asText());
        fields.put("ToPhoneNumber", body.get("to").asText());
        fields.put("IsActiveCall", true);
        text(body, "queue").ifPresent(queue -> fields.put("QueueName", queue));
        text(body, "callOrigin").ifPresent(origin -> fields.put("CallOrigin", origin));
        parent.ifPresent(p -> fields.put("PreviousCallId", p.get("Id")));
        List<String> errors = new ArrayList<>();
        fields.putAll(callAttributes(body, errors));
        String id = store.insert("VoiceCall", fields);
        parent.ifPresent(p -> store.update((String) p.get("Id"), Map.of("NextCallId", id)));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("voiceCallId", id);
        answer.put("errors", errors.isEmpty() ? List.of() : String.join("; ", errors));
        return ApiResponse.ok(answer);
    }

    private ApiResponse update(String key, JsonNode body) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String[] timeField : new String[][] {
            {"startTime", "CallStartDateTime"},
            {"endTime", "CallEndDateTime"},
            {"enqueueTime", "EnqueueDateTime"},
            {"acceptTime", "CallAcceptDateTime"}
        }) {
            if (body.has(timeField[0])) {
                Optional<Instant> at = time(body, timeField[0]);
                if (at.isEmpty()) {
                    return error(400, timeField[0] + " must be an ISO-8601 date and time");
                }
                fields.put(timeField[1], SalesforceTime.format(at.get()));
            }
        }
        for (String[] numberField : new String[][] {
            {"totalHoldDuration", "TotalHoldDuration"},
            {"longestHoldDuration", "LongestHoldDuration"},
            {"numberOfHolds", "NumberOfHolds"},
            {"agentInteractionDuration", "AgentInteractionDuration"}
        }) {
            if (body.has(numberField[0])) {
                if (!body.get(numberField[0]).canConvertToLong()) {
                    return error(400, numberField[0] + " must be a number");
                }
                fields.put(numberField[1], body.get(numberField[0]).asLong());
            }
        }
        text(body, "fromNumber").ifPresent(v -> fields.put("FromPhoneNumber", v));
        text(body, "queue").ifPresent(v -> fields.put("QueueName", v));
        text(body, "agent").ifPresent(v -> fields.put("AgentName", v));
        text(body, "callOrigin").ifPresent(v -> fields.put("CallOrigin", v));
        Optional<String> recording = text(body, "recordingLocation");
        if (recording.isPresent() && recording.get().length() > 1000) {
            return error(400, "recordingLocation is longer than 1000 characters");
        }
        if (body.has("disconnectReason")) {
            JsonNode reason = body.get("disconnectReason");
            if (!reason.isObject() || reason.path("value").asText("").isBlank()) {
                return error(400, "disconnectReason must be {value, isError}");
            }
            fields.put("DisconnectReason", reason.get("value").asText());
        }
        fields.put("IsActiveCall", body.path("isActiveCall").asBoolean(false));
        List<String> errors = new ArrayList<>();
        fields.putAll(callAttributes(body, errors));

        Map<String, Object> call = find(key).orElseGet(() -> {
            // The API creates a call it does not know.
            String id = store.insert("VoiceCall", Map.of("VendorCallKey", key));
            return store.get(id).orElseThrow();
        });
        String id = (String) call.get("Id");
        store.update(id, fields);
        Map<String, Object> updated = store.get(id).orElseThrow();
        Object start = updated.get("CallStartDateTime");
        Object end = updated.get("CallEndDateTime");
        if (start != null && end != null) {
            long seconds = Duration.between(
                            SalesforceTime.parseDateTime((String) start), SalesforceTime.parseDateTime((String) end))
                    .toSeconds();
            store.update(id, Map.of("CallDurationInSeconds", Math.max(0, seconds)));
        }
        if (recording.isPresent()) {
            Map<String, Object> recordingFields = new LinkedHashMap<>();
            recordingFields.put("VoiceCallId", id);
            recordingFields.put("RecordingLocation", recording.get());
            if (body.path("totalRecordingDuration").canConvertToLong()) {
                recordingFields.put(
                        "DurationInSeconds", body.get("totalRecordingDuration").asLong());
            }
            Object existing = updated.get("CallRecordingId");
            if (existing == null) {
                store.update(id, Map.of("CallRecordingId", store.insert("VoiceCallRecording", recordingFields)));
            } else {
                store.update((String) existing, recordingFields);
            }
        }
        return ApiResponse.ok(Map.of("status", "pending"));
    }

    /** By Id, else by vendorCallKey (the first made, should a client have made two). */
    private Optional<Map<String, Object>> find(String key) {
        Optional<Map<String, Object>> byId = store.get(key).filter(r -> "VoiceCall".equals(objectOf(r)));
        if (byId.isPresent()) {
            return byId;
        }
        return store.all("VoiceCall").stream()
                .filter(r -> key.equals(r.get("VendorCallKey")))
                .min(Comparator.comparing(r -> (String) r.get("CreatedDate")));
    }

    private String objectOf(Map<String, Object> record) {
        String id = (String) record.get("Id");
        return store.schema().objectForId(id).map(o -> o.name()).orElse("");
    }

    /** callAttributes, a JSON object as a string, whose keys are VoiceCall fields. */
    private Map<String, Object> callAttributes(JsonNode body, List<String> errors) {
        Map<String, Object> fields = new LinkedHashMap<>();
        JsonNode raw = body.get("callAttributes");
        if (raw == null || raw.isNull()) {
            return fields;
        }
        if (!raw.isTextual()) {
            errors.add("callAttributes must be a JSON string");
            return fields;
        }
        Optional<JsonNode> attributes = readObject(raw.asText());
        if (attributes.isEmpty()) {
            errors.add("callAttributes is not a JSON object");
            return fields;
        }
        var object = store.schema().require("VoiceCall");
        attributes.get().fields().forEachRemaining(entry -> {
            var field = object.field(entry.getKey());
            if (field.isEmpty()) {
                errors.add("callAttributes: no field " + entry.getKey() + " on VoiceCall");
                return;
            }
            // Values keep their JSON type and must fit the field's, as in a REST write; one that does not is
            // reported and left out while the rest of the call is written.
            Object value = scalar(entry.getValue());
            try {
                FieldValues.normalize(field.get(), value);
                fields.put(entry.getKey(), value);
            } catch (IllegalArgumentException e) {
                errors.add("callAttributes: " + entry.getKey() + ": " + e.getMessage());
            }
        });
        return fields;
    }

    private static Object scalar(JsonNode value) {
        if (value.isNumber()) {
            return value.numberValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.isNull() ? null : value.asText();
    }

    private Optional<JsonNode> readObject(String text) {
        try {
            JsonNode node = text == null || text.isBlank() ? null : json.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode body, String key) {
        JsonNode value = body.get(key);
        return value == null || value.isNull() || value.asText().isBlank()
                ? Optional.empty()
                : Optional.of(value.asText());
    }

    private static Optional<Instant> time(JsonNode body, String key) {
        try {
            return Optional.of(Instant.parse(body.path(key).asText("")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static ApiResponse error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("errorCode", status == 401 ? "INVALID_AUTH" : status == 429 ? "LIMIT_EXCEEDED" : "BAD_REQUEST");
        return new ApiResponse(status, body, Map.of());
    }
}
