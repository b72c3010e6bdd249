package io.ctibridge.core.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLogTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void write_masksAnE164NumberInTheMessageFieldsAndError_thatACallerForgotToMask() throws Exception {
        new JsonLog("Test", out, CLOCK)
                .error(
                        "search failed for +14155550123",
                        Map.of("query", "FIND {+442071838750}", "count", 3),
                        new IllegalStateException("bad number +61291234567"));

        String text = bytes.toString(StandardCharsets.UTF_8);
        JsonNode line = new ObjectMapper().readTree(text);
        assertEquals("search failed for +1415*****23", line.path("message").asText());
        assertEquals("FIND {+4420******50}", line.path("query").asText());
        assertEquals(3, line.path("count").asInt());
        assertTrue(line.path("error").asText().endsWith("bad number +6129*****67"), text);
        assertFalse(text.contains("4155550123") || text.contains("2071838750") || text.contains("291234567"), text);
    }

    @Test
    void write_leavesIdsTimestampsAndShortNumbersAlone() throws Exception {
        new JsonLog("Test", out, CLOCK)
                .info("saved 003000000000001AAA at 2026-12-05T10:00:00Z", Map.of("matchCount", "+12", "ms", "1234567"));

        JsonNode line = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
        assertEquals(
                "saved 003000000000001AAA at 2026-12-05T10:00:00Z",
                line.path("message").asText());
        assertEquals("+12", line.path("matchCount").asText());
        assertEquals("1234567", line.path("ms").asText());
    }

    @Test
    void write_dropsLinesBelowTheConfiguredLevel() {
        JsonLog log = new JsonLog("Test", out, CLOCK, JsonLog.Level.WARN);
        log.debug("debug", Map.of());
        log.info("info", Map.of());
        log.warn("warn", Map.of());

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.contains("\"level\":\"WARN\""), text);
    }
}
