package io.ctibridge.emulator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.emulator.schema.FieldDef;
import io.ctibridge.emulator.schema.FieldType;
import io.ctibridge.emulator.schema.ObjectSchema;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads a seed's {@code records} into the store: {@code {"Account": [{...}], "Contact": [{...}]}}, objects in
 * file order. A record may name itself with {@code "@ref": "acme"} and reference fields may point at it with
 * {@code "AccountId": "@acme"}, so seed files need no hard-coded ids.
 */
final class SeedLoader {
    private static final String REF_KEY = "@ref";

    private final ObjectMapper json;
    private final RecordStore store;
    private final Map<String, String> idsByRef = new HashMap<>();

    SeedLoader(ObjectMapper json, RecordStore store) {
        this.json = json;
        this.store = store;
    }

    void load(JsonNode records) {
        records.properties().forEach(entry -> {
            ObjectSchema object = store.schema()
                    .object(entry.getKey())
                    .orElseThrow(() ->
                            new IllegalArgumentException("seed: records for undeclared object " + entry.getKey()));
            int index = 0;
            for (JsonNode record : entry.getValue()) {
                try {
                    insert(object, record);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "seed: " + object.name() + " record #" + index + ": " + e.getMessage(), e);
                }
                index++;
            }
        });
    }

    private void insert(ObjectSchema object, JsonNode record) {
        Map<String, Object> fields = json.convertValue(record, new TypeReference<LinkedHashMap<String, Object>>() {});
        Object ref = fields.remove(REF_KEY);
        fields.replaceAll((name, value) -> resolveReference(object, name, value));
        String id = store.insert(object.name(), fields);
        if (ref != null && idsByRef.putIfAbsent(ref.toString(), id) != null) {
            throw new IllegalArgumentException("duplicate @ref " + ref);
        }
    }

    private Object resolveReference(ObjectSchema object, String name, Object value) {
        boolean reference = object.field(name)
                .map(FieldDef::type)
                .filter(t -> t == FieldType.REFERENCE)
                .isPresent();
        if (reference && value instanceof String s && s.startsWith("@")) {
            String id = idsByRef.get(s.substring(1));
            if (id == null) {
                throw new IllegalArgumentException(name + " refers to unknown (or later) @ref " + s);
            }
            return id;
        }
        return value;
    }
}
