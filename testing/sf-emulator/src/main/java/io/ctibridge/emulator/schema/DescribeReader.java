package io.ctibridge.emulator.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the org's {@link OrgSchema} from describe layers: the built-in standard objects first, then the seed's
 * {@code describe}, which may add custom objects or add/replace fields of existing ones.
 *
 * <p>Layer format: {@code {"Patient__c": {"keyPrefix": "a0P", "searchable": true, "allowActivities": true,
 * "fields": [{"name": "Phone__c", "type": "phone"}, ...]}}}. Field keys: name, label, type, required,
 * createable, updateable, filterable, nameField, length, values, restricted, referenceTo, relationshipName,
 * compoundOf, and referenceToActivityObjects (Task.WhatId: every object that allows activities).
 */
public final class DescribeReader {
    private final Map<String, ObjectLayer> objects = new LinkedHashMap<>();

    private static final class ObjectLayer {
        String name;
        String keyPrefix;
        boolean searchable = true;
        boolean allowActivities;
        final Map<String, JsonNode> fields = new LinkedHashMap<>();
    }

    /** Merges one describe layer over the ones read before. */
    public DescribeReader add(JsonNode layer) {
        layer.properties().forEach(entry -> merge(entry.getKey(), entry.getValue()));
        return this;
    }

    private void merge(String objectName, JsonNode spec) {
        ObjectLayer object = objects.computeIfAbsent(lower(objectName), k -> new ObjectLayer());
        object.name = objectName;
        if (spec.hasNonNull("keyPrefix")) {
            object.keyPrefix = spec.get("keyPrefix").asText();
        }
        if (spec.has("searchable")) {
            object.searchable = spec.get("searchable").asBoolean();
        }
        if (spec.has("allowActivities")) {
            object.allowActivities = spec.get("allowActivities").asBoolean();
        }
        for (JsonNode field : spec.path("fields")) {
            object.fields.put(lower(requiredText(field, "name", objectName)), field);
        }
    }

    public OrgSchema build() {
        List<String> activityObjects = objects.values().stream()
                .filter(o -> o.allowActivities)
                .map(o -> o.name)
                .toList();
        List<ObjectSchema> schemas = new ArrayList<>();
        for (ObjectLayer object : objects.values()) {
            if (object.keyPrefix == null || object.keyPrefix.length() != 3) {
                throw new IllegalArgumentException(object.name + ": describe needs a 3-character keyPrefix");
            }
            List<FieldDef> fields = new ArrayList<>(systemFields());
            for (JsonNode field : object.fields.values()) {
                FieldDef def = fieldDef(object.name, field);
                if (field.path("referenceToActivityObjects").asBoolean(false)) {
                    // Any object that allows activities, and the ones referenceTo names besides (VoiceCall's
                    // RelatedRecordId takes Contacts and Leads too).
                    List<String> targets = new ArrayList<>(def.referenceTo());
                    activityObjects.stream().filter(o -> !targets.contains(o)).forEach(targets::add);
                    def = def.withReferenceTo(targets);
                }
                fields.removeIf(existing ->
                        existing.name().equalsIgnoreCase(field.get("name").asText()));
                fields.add(def);
            }
            schemas.add(
                    new ObjectSchema(object.name, object.keyPrefix, object.searchable, object.allowActivities, fields));
        }
        return new OrgSchema(schemas);
    }

    // Every sObject has these; seeds and tests may set the dates, API clients may not.
    private static List<FieldDef> systemFields() {
        return List.of(
                system("Id", "Record ID", FieldType.ID),
                system("IsDeleted", "Deleted", FieldType.BOOLEAN),
                system("CreatedDate", "Created Date", FieldType.DATETIME),
                system("LastModifiedDate", "Last Modified Date", FieldType.DATETIME),
                system("SystemModstamp", "System Modstamp", FieldType.DATETIME));
    }

    private static FieldDef system(String name, String label, FieldType type) {
        return new FieldDef(
                name, label, type, false, false, false, true, false, 0, List.of(), false, List.of(), null, List.of());
    }

    private static FieldDef fieldDef(String objectName, JsonNode field) {
        String name = requiredText(field, "name", objectName);
        FieldType type;
        try {
            type = FieldType.fromJson(requiredText(field, "type", objectName + "." + name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(objectName + "." + name + ": unknown type " + field.get("type"));
        }
        List<String> compoundOf = texts(field.path("compoundOf"));
        boolean createable = field.path("createable").asBoolean(compoundOf.isEmpty());
        return new FieldDef(
                name,
                field.path("label").asText(name),
                type,
                field.path("required").asBoolean(false),
                createable,
                field.path("updateable").asBoolean(createable),
                field.path("filterable").asBoolean(type != FieldType.TEXTAREA),
                field.path("nameField").asBoolean(false),
                field.path("length").asInt(0),
                texts(field.path("values")),
                field.path("restricted").asBoolean(false),
                texts(field.path("referenceTo")),
                field.hasNonNull("relationshipName")
                        ? field.get("relationshipName").asText()
                        : null,
                compoundOf);
    }

    private static String requiredText(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": describe entry needs a '" + key + "'");
        }
        return value.asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
