package io.ctibridge.emulator.soql;

/** One ORDER BY key. SOQL's defaults: ascending, nulls first; descending puts nulls last. */
public record OrderItem(FieldPath field, boolean descending, boolean nullsLast) {}
