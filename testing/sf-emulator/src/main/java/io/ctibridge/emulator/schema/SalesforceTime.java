package io.ctibridge.emulator.schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/** Salesforce's date-time wire format ({@code 2026-11-25T15:33:09.000+0000}, always UTC) and its parsing. */
public final class SalesforceTime {
    private static final DateTimeFormatter WIRE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
    // Clients send ISO 8601 in several spellings: Z, +00:00, +0000, with or without fraction, or no offset (UTC).
    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter();

    private SalesforceTime() {}

    public static String format(Instant instant) {
        return WIRE.format(instant);
    }

    public static String format(LocalDate date) {
        return date.toString();
    }

    /** Parses any accepted date-time spelling; throws {@link DateTimeParseException} otherwise. */
    public static Instant parseDateTime(String text) {
        TemporalAccessor parsed = LENIENT.parse(text.trim());
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.from(parsed).toInstant();
        }
        return java.time.LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
    }

    public static LocalDate parseDate(String text) {
        return LocalDate.parse(text.trim());
    }
}
