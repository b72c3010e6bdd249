package io.ctibridge.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sample events as JSON trees, rewritten for one run and written where the run's child reads them, and the
 * children's answers read back. Plain trees: the harness edits the JSON as sent, not an events-library model of it.
 */
final class EventFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    /** @param directory where the runs' event files go (under target/bench) */
    EventFiles(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    static ObjectNode read(Path sample) {
        try {
            return (ObjectNode) JSON.readTree(sample.toFile());
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("sample event " + sample + " is not a JSON object", e);
        }
    }

    /** The sample's text with every occurrence of {@code from} replaced, as a tree. */
    static ObjectNode readReplacing(Path sample, String from, String to) {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(sample).replace(from, to));
        } catch (IOException | ClassCastException e) {
            throw new IllegalArgumentException("sample event " + sample + " is not a JSON object", e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String text(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code event} as {@code <name>.json}, replacing the previous run's. */
    Path write(String name, JsonNode event) {
        Path file = directory.resolve(name + ".json");
        try {
            Files.createDirectories(directory);
            JSON.writeValue(file.toFile(), event);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
