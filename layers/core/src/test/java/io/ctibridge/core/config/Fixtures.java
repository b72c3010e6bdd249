package io.ctibridge.core.config;

import io.ctibridge.core.config.parse.ProfileParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Profile documents kept beside the tests. */
public final class Fixtures {

    private Fixtures() {}

    /** A profile that uses every feature, with values far from the defaults. */
    public static String fullProfileJson() {
        try (InputStream in = Fixtures.class.getResourceAsStream("full-profile.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Profile fullProfile() {
        return new ProfileParser().parse(fullProfileJson());
    }

    /** {@code {"profile": "<name>", <settings>}} parsed. */
    public static Profile profile(String name, String settings) {
        String separator = settings.isBlank() ? "" : ", ";
        return new ProfileParser().parse("{\"profile\": \"" + name + "\"" + separator + settings + "}");
    }
}
