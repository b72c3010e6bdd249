package io.ctibridge.emulator.schema;

import java.util.Locale;

/** Salesforce field types the emulator understands (the names used in describe and in seed files). */
public enum FieldType {
    ID,
    STRING,
    TEXTAREA,
    PHONE,
    EMAIL,
    URL,
    PICKLIST,
    REFERENCE,
    BOOLEAN,
    INT,
    DOUBLE,
    CURRENCY,
    DATE,
    DATETIME;

    public static FieldType fromJson(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Types whose values are strings and compare as text (ids compare exactly, the others case-insensitively). */
    public boolean isText() {
        return switch (this) {
            case ID, STRING, TEXTAREA, PHONE, EMAIL, URL, PICKLIST, REFERENCE -> true;
            default -> false;
        };
    }

    public boolean isIdLike() {
        return this == ID || this == REFERENCE;
    }

    public boolean isNumeric() {
        return this == INT || this == DOUBLE || this == CURRENCY;
    }
}
