package io.ctibridge.testkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the {@code moto_server} executable. Order: system property {@value #PROPERTY}, environment variable
 * {@value #ENV}, {@code ${ctibridge.root}/.venv/bin/moto_server} (what {@code bin/setup} installs), then the
 * {@code PATH}.
 */
final class MotoExecutable {

    static final String PROPERTY = "ctibridge.moto";
    static final String ENV = "CTIBRIDGE_MOTO_SERVER";
    static final String ROOT_PROPERTY = "ctibridge.root";
    private static final String NAME = "moto_server";

    private MotoExecutable() {}

    static Path locate() {
        return locate(System::getProperty, System::getenv);
    }

    /**
     * @param systemProperties lookup of system properties (null when unset)
     * @param environment      lookup of environment variables (null when unset)
     * @throws IllegalStateException with one line saying where it looked and to run {@code bin/setup}
     */
    static Path locate(Function<String, String> systemProperties, Function<String, String> environment) {
        // An explicit setting that points nowhere is a mistake to report, not a reason to try something else.
        for (var explicit : List.of(
                new Setting("system property " + PROPERTY, systemProperties.apply(PROPERTY)),
                new Setting("environment variable " + ENV, environment.apply(ENV)))) {
            if (!isBlank(explicit.value())) {
                Path path = Path.of(explicit.value());
                if (Files.isExecutable(path)) {
                    return path;
                }
                throw new IllegalStateException(explicit.source() + " names " + path
                        + ", which is not an executable moto_server; run bin/setup or fix the setting");
            }
        }

        List<Path> candidates = new ArrayList<>();
        String root = systemProperties.apply(ROOT_PROPERTY);
        if (!isBlank(root)) {
            candidates.add(Path.of(root, ".venv", "bin", NAME));
        }
        String pathVariable = environment.apply("PATH");
        if (!isBlank(pathVariable)) {
            for (String dir : pathVariable.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir, NAME));
                }
            }
        }
        Optional<Path> found = candidates.stream().filter(Files::isExecutable).findFirst();
        return found.orElseThrow(() -> new IllegalStateException(
                "moto_server not found (looked in " + (isBlank(root) ? "" : root + "/.venv/bin and ")
                        + "PATH); run bin/setup to install it, or set " + ENV));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private record Setting(String source, String value) {}
}
