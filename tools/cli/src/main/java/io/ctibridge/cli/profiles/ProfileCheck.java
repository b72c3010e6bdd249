package io.ctibridge.cli.profiles;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.InvalidProfileException;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.config.parse.ProfileValidator;
import io.ctibridge.core.config.parse.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a profile document exactly as the store will before saving it: the parser's strict shape check, then the
 * validator's value checks. The parser stops at the first error and names its line:column itself; the validator
 * reports every problem by path, and this class adds where in the document each one is written.
 */
public final class ProfileCheck {

    private final ProfileParser parser;
    private final ProfileValidator validator;

    public ProfileCheck(ProfileParser parser, ProfileValidator validator) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    public ProfileCheck() {
        this(new ProfileParser(), new ProfileValidator());
    }

    public sealed interface Result permits Valid, Invalid {}

    public record Valid(Profile profile) implements Result {}

    /** @param problems at least one, in the order found */
    public record Invalid(List<Problem> problems) implements Result {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /**
     * One violation and, for the validator's, where the setting is written. A parse error carries its line:column
     * in its message already.
     */
    public record Problem(Violation violation, Optional<String> location) {
        /** {@code file:line:col: path: message}, or {@code file: path: message} without a location. */
        public String describe(String file) {
            return file + location.map(at -> ":" + at).orElse("") + ": " + violation;
        }
    }

    public Result check(String document) {
        Profile profile;
        try {
            profile = parser.parse(document);
        } catch (InvalidProfileException e) {
            return new Invalid(e.violations().stream()
                    .map(v -> new Problem(v, Optional.empty()))
                    .toList());
        }
        List<Violation> violations = validator.validate(profile);
        if (violations.isEmpty()) {
            return new Valid(profile);
        }
        DocumentLocations locations = DocumentLocations.of(document);
        return new Invalid(violations.stream()
                .map(v -> new Problem(v, locations.find(v.path()).map(DocumentLocations.Location::toString)))
                .toList());
    }

    /** The document the store would save for {@code profile}: every setting written out, defaults included. */
    public String canonicalJson(Profile profile) {
        return parser.toJson(profile);
    }
}
