package io.ctibridge.emulator.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class SalesforceTimeTest {

    @Test
    void format_usesSalesforceWireFormat() {
        assertEquals("2026-11-25T15:33:09.000+0000", SalesforceTime.format(Instant.parse("2026-11-25T15:33:09Z")));
    }

    @Test
    void parseDateTime_acceptsTheSpellingsClientsSend() {
        Instant expected = Instant.parse("2026-11-25T15:33:09Z");

        assertEquals(expected, SalesforceTime.parseDateTime("2026-11-25T15:33:09Z"));
        assertEquals(expected, SalesforceTime.parseDateTime("2026-11-25T15:33:09.000+0000"));
        assertEquals(expected, SalesforceTime.parseDateTime("2026-11-25T16:33:09+01:00"));
        assertEquals(expected, SalesforceTime.parseDateTime("2026-11-25T15:33:09"));
        assertThrows(DateTimeParseException.class, () -> SalesforceTime.parseDateTime("25/11/2026"));
    }
}
