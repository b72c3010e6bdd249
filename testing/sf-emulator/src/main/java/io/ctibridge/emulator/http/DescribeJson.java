package io.ctibridge.emulator.http;

import io.ctibridge.emulator.schema.FieldAccess;
import io.ctibridge.emulator.schema.FieldDef;
import io.ctibridge.emulator.schema.ObjectSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The subset of Salesforce's describe JSON the emulator can answer truthfully from its schema. */
final class DescribeJson {

    private final FieldAccess.Overrides access;

    DescribeJson(FieldAccess.Overrides access) {
        this.access = access;
    }

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
        body.put("fields", object.fields().stream().map(f -> field(object, f)).toList());
        return body;
    }

    private Map<String, Object> field(ObjectSchema object, FieldDef field) {
        FieldAccess granted = access.forField(object.name(), field.name())
                .orElse(new FieldAccess(field.createable(), field.updateable()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", field.name());
        body.put("label", field.label());
        body.put("type", field.type().jsonName());
        body.put("length", field.length());
        body.put("createable", granted.createable());
        body.put("updateable", granted.updateable());
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
