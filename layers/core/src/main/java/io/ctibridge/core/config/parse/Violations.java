package io.ctibridge.core.config.parse;

import java.util.ArrayList;
import java.util.List;

/** Collects violations while a profile is checked, so that the operator sees every problem at once. */
final class Violations {

    private final List<Violation> found = new ArrayList<>();

    void add(String path, String message) {
        found.add(new Violation(path, message));
    }

    /** Records the violation when {@code ok} is false; returns {@code ok} so that dependent checks can be skipped. */
    boolean require(boolean ok, String path, String message) {
        if (!ok) {
            add(path, message);
        }
        return ok;
    }

    boolean requireText(String value, String path) {
        return require(value != null && !value.isBlank(), path, "is required and must not be blank");
    }

    boolean requireRange(long value, long min, long max, String path) {
        return require(value >= min && value <= max, path, "must be between " + min + " and " + max + ", not " + value);
    }

    List<Violation> toList() {
        return List.copyOf(found);
    }
}
