package io.ctibridge.core.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The type of a flow input of an operation, written in lower case ({@code "type": "digits"}). */
public enum InputType {
    /** Any text within the input's length and pattern; bound as a quoted, escaped string literal. */
    TEXT,
    /** Only the digits 0-9 (what a caller keys in on the phone); bound as a quoted string literal. */
    DIGITS,
    /** A decimal number such as {@code 42} or {@code -3.5}; bound as a bare number. */
    NUMBER;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static InputType fromJson(String name) {
        for (InputType type : values()) {
            if (type.jsonName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("type must be text, digits or number, not '" + name + "'");
    }
}
