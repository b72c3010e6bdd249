package io.ctibridge.core.salesforce.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.salesforce.Soql;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One Salesforce record: its object type ({@code attributes.type} on the wire) and its fields. Field
 * values are JSON values: String, Number, Boolean, null, and nested maps for relationship fields
 * ({@code Account.Name}). Values written may also be {@code LocalDate} / {@code Instant}.
 */
public record SObject(String type, Map<String, Object> fields) {

    public SObject {
        Soql.identifier(type);
        if (fields.containsKey("attributes")) {
            throw new IllegalArgumentException("fields must not contain \"attributes\"; the type is given separately");
        }
        // Null values are kept: on update they clear the field.
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static SObject of(String type, Map<String, Object> fields) {
        return new SObject(type, fields);
    }

    /** The record's {@code Id}, when it has one. */
    public Optional<String> id() {
        return string("Id");
    }

    /** The value at {@code fieldPath}, following relationship fields ({@code Account.Owner.Name}); null when absent. */
    public Object get(String fieldPath) {
        Object value = fields;
        for (String part : fieldPath.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    /** The value at {@code fieldPath} as text, empty when absent or null. */
    public Optional<String> string(String fieldPath) {
        return Optional.ofNullable(get(fieldPath)).map(String::valueOf);
    }

    /** The wire form: {@code {"attributes":{"type":…}, field: value, …}}. */
    Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("attributes", Map.of("type", type));
        wire.putAll(fields);
        return wire;
    }

    static SObject fromWire(JsonNode record) {
        if (!(record instanceof ObjectNode object)
                || !object.path("attributes").path("type").isTextual()) {
            throw new IllegalArgumentException("a Salesforce record must be an object with attributes.type");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!field.getKey().equals("attributes")) {
                fields.put(field.getKey(), Json.MAPPER.convertValue(field.getValue(), Object.class));
            }
        }
        return new SObject(object.get("attributes").get("type").asText(), fields);
    }
}
