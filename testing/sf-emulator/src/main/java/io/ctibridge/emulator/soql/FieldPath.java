package io.ctibridge.emulator.soql;

import java.util.List;

/** A field as written in a query: {@code Phone} or {@code Account.Name}, with its position for errors. */
public record FieldPath(List<String> parts, int position) {

    public FieldPath {
        parts = List.copyOf(parts);
    }

    public static FieldPath of(String dotted, int position) {
        return new FieldPath(List.of(dotted.split("\\.", -1)), position);
    }

    public String text() {
        return String.join(".", parts);
    }
}
