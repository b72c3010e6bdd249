package io.ctibridge.emulator.schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Turns a value received for a field (from JSON, a seed file or a test) into the one canonical Java value the
 * store keeps: String for text, ids and (wire-formatted) dates and date-times, Boolean, Long, Double.
 * Keeping dates as their wire strings means they sort correctly as text and are returned unchanged.
 */
public final class FieldValues {
    private FieldValues() {}

    /** @throws IllegalArgumentException with a Salesforce-like reason when the value cannot be of this type */
    public static Object normalize(FieldDef field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case ID, REFERENCE -> idValue(field, value);
            case STRING, TEXTAREA, PHONE, EMAIL, URL, PICKLIST -> textValue(field, value);
            case BOOLEAN -> booleanValue(field, value);
            case INT -> intValue(field, value);
            case DOUBLE, CURRENCY -> doubleValue(field, value);
            case DATE -> dateValue(field, value);
            case DATETIME -> dateTimeValue(field, value);
        };
    }

    private static Object idValue(FieldDef field, Object value) {
        if (!(value instanceof String s)) {
            throw mismatch(field, value);
        }
        // Salesforce stores an empty reference as null.
        return s.isEmpty() ? null : s;
    }

    private static Object textValue(FieldDef field, Object value) {
        if (value instanceof String s) {
            return s.isEmpty() ? null : s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            // Salesforce accepts JSON scalars for text fields and stores their text.
            return value.toString();
        }
        throw mismatch(field, value);
    }

    private static Object booleanValue(FieldDef field, Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        throw mismatch(field, value);
    }

    private static Object intValue(FieldDef field, Object value) {
        if (value instanceof Number n) {
            BigDecimal decimal = new BigDecimal(n.toString());
            if (decimal.stripTrailingZeros().scale() <= 0) {
                return decimal.longValueExact();
            }
        }
        throw mismatch(field, value);
    }

    private static Object doubleValue(FieldDef field, Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw mismatch(field, value);
    }

    private static Object dateValue(FieldDef field, Object value) {
        try {
            return switch (value) {
                case LocalDate d -> SalesforceTime.format(d);
                case String s -> SalesforceTime.format(SalesforceTime.parseDate(s));
                default -> throw mismatch(field, value);
            };
        } catch (DateTimeParseException e) {
            throw mismatch(field, value);
        }
    }

    private static Object dateTimeValue(FieldDef field, Object value) {
        try {
            return switch (value) {
                case Instant i -> SalesforceTime.format(i);
                case String s -> SalesforceTime.format(SalesforceTime.parseDateTime(s));
                default -> throw mismatch(field, value);
            };
        } catch (DateTimeParseException e) {
            throw mismatch(field, value);
        }
    }

    private static IllegalArgumentException mismatch(FieldDef field, Object value) {
        return new IllegalArgumentException("Cannot deserialize instance of "
                + field.type().jsonName() + " from value " + value + " for field " + field.name());
    }
}
