package io.ctibridge.core.config.parse;

import java.util.List;
import java.util.stream.Collectors;

/** A profile that cannot be used, with every reason. Its message lists them one per line. */
public final class InvalidProfileException extends RuntimeException {

    private final String profileName;
    private final List<Violation> violations;

    /**
     * @param profileName the profile's name when known, else {@code null}
     * @param violations  at least one
     */
    public InvalidProfileException(String profileName, List<Violation> violations) {
        super(describe(profileName, violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid profile needs at least one violation");
        }
        this.profileName = profileName;
        this.violations = List.copyOf(violations);
    }

    /** The profile's name when known, else {@code null}. */
    public String profileName() {
        return profileName;
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(String profileName, List<Violation> violations) {
        String subject = profileName == null ? "profile" : "profile '" + profileName + "'";
        String problems = violations.size() == 1 ? "1 problem" : violations.size() + " problems";
        return violations.stream()
                .map(violation -> "  - " + violation)
                .collect(Collectors.joining("\n", subject + " is invalid (" + problems + "):\n", ""));
    }
}
