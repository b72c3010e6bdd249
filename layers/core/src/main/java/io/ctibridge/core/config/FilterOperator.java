package io.ctibridge.core.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Comparison of a {@link FieldFilter}; the symbol is the same in the profile and in SOQL. */
public enum FilterOperator {
    EQUALS("="),
    NOT_EQUALS("!="),
    LESS_THAN("<"),
    GREATER_THAN(">"),
    LESS_OR_EQUAL("<="),
    GREATER_OR_EQUAL(">=");

    private final String symbol;

    FilterOperator(String symbol) {
        this.symbol = symbol;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }

    /** Whether it compares order, which makes no sense for booleans or null. */
    public boolean isOrdering() {
        return this != EQUALS && this != NOT_EQUALS;
    }
}
