package io.ctibridge.cli.profiles;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each setting of a JSON document is written, so that a problem found after parsing (by the validator,
 * which knows only the setting's path) can still be shown at its line and column.
 */
final class DocumentLocations {

    private static final JsonFactory JSON = new JsonFactory();
    // One step of a violation path: a property name, then any number of [index].
    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final Map<String, Location> byPointer;

    private DocumentLocations(Map<String, Location> byPointer) {
        this.byPointer = byPointer;
    }

    /** Line and column, both counted from 1. */
    record Location(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    /** @param json a document that is known to be well-formed JSON */
    static DocumentLocations of(String json) {
        Map<String, Location> locations = new HashMap<>();
        try (JsonParser parser = JSON.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                // A property is placed at its name; an array element (or the root) at its value.
                JsonLocation at = parser.currentTokenLocation();
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                locations.putIfAbsent(pointer, new Location(at.getLineNr(), at.getColumnNr()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the document was parsed before; it must be readable again", e);
        }
        return new DocumentLocations(locations);
    }

    /**
     * Where the setting at {@code path} (e.g. {@code searchTargets[1].phoneFields[0]}) is written; when it is not
     * written (a default applies), where its nearest written parent is.
     */
    Optional<Location> find(String path) {
        Optional<JsonPointer> pointer = toPointer(path);
        for (JsonPointer at = pointer.orElse(null); at != null; at = at.head()) {
            Location location = byPointer.get(at.toString());
            if (location != null && !at.toString().isEmpty()) {
                return Optional.of(location);
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonPointer> toPointer(String path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        JsonPointer pointer = JsonPointer.empty();
        for (String step : path.split("\\.")) {
            Matcher matcher = STEP.matcher(step);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            pointer = pointer.appendProperty(matcher.group(1));
            Matcher index = INDEX.matcher(matcher.group(2));
            while (index.find()) {
                pointer = pointer.appendIndex(Integer.parseInt(index.group(1)));
            }
        }
        return Optional.of(pointer);
    }
}
