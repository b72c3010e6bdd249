package io.ctibridge.emulator.soql;

import io.ctibridge.emulator.schema.FieldType;
import java.math.BigDecimal;

/** Orders two non-null stored values of one field type the way SOQL compares them. */
final class Values {
    private Values() {}

    static int compare(FieldType type, Object stored, Object other) {
        if (type.isIdLike()) {
            // Ids compare by their case-sensitive 15-character key, whichever length was stored or given.
            return key(stored).compareTo(key(other));
        }
        if (type.isText()) {
            // SOQL text comparison ignores case.
            return String.CASE_INSENSITIVE_ORDER.compare(stored.toString(), other.toString());
        }
        if (type.isNumeric()) {
            return decimal(stored).compareTo(decimal(other));
        }
        if (type == FieldType.BOOLEAN) {
            return Boolean.compare((Boolean) stored, (Boolean) other);
        }
        // Dates and date-times are kept in their fixed-width wire format, which sorts chronologically as text.
        return stored.toString().compareTo(other.toString());
    }

    private static String key(Object id) {
        String s = id.toString();
        return s.length() > 15 ? s.substring(0, 15) : s;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
