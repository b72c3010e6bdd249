package io.ctibridge.emulator.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The describe of one sObject type: its fields, key prefix and search behaviour. */
public final class ObjectSchema {
    private final String name;
    private final String keyPrefix;
    private final boolean searchable;
    private final boolean allowActivities;
    private final List<FieldDef> fields;
    // SOQL and JSON field names are case-insensitive in Salesforce, so lookups go through lower-cased keys.
    private final Map<String, FieldDef> byLowerName = new LinkedHashMap<>();
    private final Map<String, FieldDef> byLowerRelationship = new LinkedHashMap<>();

    public ObjectSchema(
            String name, String keyPrefix, boolean searchable, boolean allowActivities, List<FieldDef> fields) {
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.searchable = searchable;
        this.allowActivities = allowActivities;
        this.fields = List.copyOf(fields);
        for (FieldDef field : this.fields) {
            byLowerName.put(lower(field.name()), field);
            field.relationship().ifPresent(rel -> byLowerRelationship.put(lower(rel), field));
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    public String name() {
        return name;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public boolean searchable() {
        return searchable;
    }

    /** Custom objects with "Allow Activities" can be a Task's WhatId. */
    public boolean allowActivities() {
        return allowActivities;
    }

    public List<FieldDef> fields() {
        return Collections.unmodifiableList(fields);
    }

    public Optional<FieldDef> field(String fieldName) {
        return Optional.ofNullable(byLowerName.get(lower(fieldName)));
    }

    /** The reference field behind a relationship name, e.g. {@code Account} → {@code AccountId}. */
    public Optional<FieldDef> relationship(String relationshipName) {
        return Optional.ofNullable(byLowerRelationship.get(lower(relationshipName)));
    }

    @Override
    public String toString() {
        return name;
    }
}
