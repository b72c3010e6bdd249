package io.ctibridge.core.config.parse;

import java.util.Objects;

/**
 * One thing wrong with a profile.
 *
 * @param path    the bad setting, e.g. {@code searchTargets[1].phoneFields[0]}; empty for the whole document
 * @param message what is wrong and what would be right
 */
public record Violation(String path, String message) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "document" : path) + ": " + message;
    }
}
