package io.ctibridge.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.emulator.error.SalesforceException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads request bodies, answering JSON_PARSER_ERROR for anything that is not the JSON expected. */
final class JsonBodies {
    private final ObjectMapper json;

    JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            throw SalesforceException.badRequest("JSON_PARSER_ERROR", "The request body is empty");
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw SalesforceException.badRequest("JSON_PARSER_ERROR", e.getOriginalMessage());
        }
    }

    JsonNode object(String body) {
        JsonNode node = tree(body);
        if (!node.isObject()) {
            throw SalesforceException.badRequest("JSON_PARSER_ERROR", "Expected a JSON object");
        }
        return node;
    }

    /** A JSON object as field name → plain Java value (String, Number, Boolean, null, Map, List). */
    Map<String, Object> fields(JsonNode node) {
        if (!node.isObject()) {
            throw SalesforceException.badRequest("JSON_PARSER_ERROR", "Expected a JSON object for a record");
        }
        Map<String, Object> fields = json.convertValue(node, new TypeReference<LinkedHashMap<String, Object>>() {});
        return fields;
    }

    Object value(JsonNode node) {
        return json.convertValue(node, Object.class);
    }

    JsonNode toTree(Object value) {
        return json.valueToTree(value);
    }
}
