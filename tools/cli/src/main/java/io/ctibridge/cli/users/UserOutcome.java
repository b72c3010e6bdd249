package io.ctibridge.cli.users;

import java.util.Objects;

/**
 * What happened to one user.
 *
 * @param detail why it failed, or which call center it had before a change; may be empty
 */
public record UserOutcome(String username, Status status, String detail) {

    public enum Status {
        CHANGED("changed"),
        UNCHANGED("unchanged"),
        WOULD_CHANGE("would change"),
        FAILED("failed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public UserOutcome {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
    }
}
