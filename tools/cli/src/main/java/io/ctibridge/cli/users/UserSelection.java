package io.ctibridge.cli.users;

import java.util.List;
import java.util.Objects;

/** Which users get the call center: everyone active with a profile, a role or a permission set, or a list. */
public sealed interface UserSelection {

    /** For messages, e.g. {@code profile 'CTI Agent'}. */
    String describe();

    /** By {@code Profile.Name}, e.g. {@code CTI Agent}. */
    record ByProfile(String name) implements UserSelection {
        public ByProfile {
            requireText(name, "--profile");
        }

        @Override
        public String describe() {
            return "profile '" + name + "'";
        }
    }

    /** By {@code UserRole.Name}. */
    record ByRole(String name) implements UserSelection {
        public ByRole {
            requireText(name, "--role");
        }

        @Override
        public String describe() {
            return "role '" + name + "'";
        }
    }

    /** By the permission set's API name ({@code PermissionSet.Name}), not its label. */
    record ByPermissionSet(String name) implements UserSelection {
        public ByPermissionSet {
            requireText(name, "--permission-set");
        }

        @Override
        public String describe() {
            return "permission set '" + name + "'";
        }
    }

    /** By username, as listed in a file. */
    record ByUsernames(List<String> usernames, String source) implements UserSelection {
        public ByUsernames {
            usernames = List.copyOf(usernames);
            if (usernames.isEmpty()) {
                throw new IllegalArgumentException("at least one username is required");
            }
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String describe() {
            return "the " + usernames.size() + " usernames in " + source;
        }
    }

    private static void requireText(String value, String option) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option + " must not be blank");
        }
    }
}
