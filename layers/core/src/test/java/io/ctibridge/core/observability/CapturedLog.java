package io.ctibridge.core.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The JSON lines a class logs, kept in memory so that a test can read what was said at each level. */
public final class CapturedLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    public JsonLog log(Class<?> owner) {
        return new JsonLog(owner.getSimpleName(), out, Clock.systemUTC());
    }

    /** The messages logged at {@code level}, oldest first. */
    public List<String> messagesAt(JsonLog.Level level) {
        List<String> messages = new ArrayList<>();
        for (JsonNode line : lines()) {
            if (line.path("level").asText().equals(level.name())) {
                messages.add(line.path("message").asText());
            }
        }
        return messages;
    }

    public List<JsonNode> lines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String text : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!text.isBlank()) {
                try {
                    lines.add(JSON.readTree(text));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return lines;
    }
}
