package io.ctibridge.emulator.http;

import io.ctibridge.emulator.schema.FieldDef;
import io.ctibridge.emulator.schema.ObjectSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The subset of Salesforce's describe JSON the emulator can answer truthfully from its schema. */
final class DescribeJson {

    Map<String, Object> global(List<ObjectSchema> objects) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("encoding", "UTF-8");
        body.put("maxBatchSize", 200);
        body.put("sobjects", objects.stream().map(this::summary).toList());
        return body;
    }

    private Map<String, Object> summary(ObjectSchema object) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", object.name());
        body.put("keyPrefix", object.keyPrefix());
        body.put("custom", object.name().endsWith("__c"));
        body.put("searchable", object.searchable());
        body.put("queryable", true);
        body.put("createable", true);
        body.put("updateable", true);
        return body;
    }

    Map<String, Object> object(ObjectSchema object) {
        Map<String, Object> body = summary(object);
        body.put("fields", object.fields().stream().map(DescribeJson::field).toList());
        return body;
    }

    private static Map<String, Object> field(FieldDef field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", field.name());
        body.put("label", field.label());
        body.put("type", field.type().jsonName());
        body.put("length", field.length());
        body.put("createable", field.createable());
        body.put("updateable", field.updateable());
        body.put("filterable", field.filterable());
        body.put("nameField", field.nameField());
        body.put("calculated", field.isCompound());
        body.put("nillable", !field.requiredOnCreate());
        body.put("restrictedPicklist", field.restrictedPicklist());
        body.put(
                "picklistValues",
                field.picklistValues().stream()
                        .map(v -> Map.of("value", v, "label", v, "active", true))
                        .toList());
        body.put("referenceTo", field.referenceTo());
        body.put("relationshipName", field.relationshipName());
        return body;
    }
}
