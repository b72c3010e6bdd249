package io.ctibridge.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The checkout the CLI jar was built in, when it runs from {@code tools/cli/target/}: where {@code bin/setup} put
 * moto ({@code .venv/bin/moto_server}), so that {@code java -jar tools/cli/target/ctibridge-cli.jar invoke …} finds
 * it without {@code bin/local}'s exports. The moto launcher reads it as the {@value #PROPERTY} system property.
 */
final class CheckoutRoot {

    static final String PROPERTY = "ctibridge.root";

    private CheckoutRoot() {}

    /** Sets {@value #PROPERTY} from the running jar's location, unless it is set already. */
    static void publish() {
        if (System.getProperty(PROPERTY) == null) {
            runningJar().flatMap(CheckoutRoot::of).ifPresent(root -> System.setProperty(PROPERTY, root.toString()));
        }
    }

    /** The checkout holding {@code jar} when the jar sits in {@code <root>/tools/cli/target/}; else empty. */
    static Optional<Path> of(Path jar) {
        Path target = jar.toAbsolutePath().normalize().getParent();
        if (target == null || !target.endsWith(Path.of("tools", "cli", "target")) || target.getNameCount() < 3) {
            return Optional.empty();
        }
        return Optional.ofNullable(target.getParent().getParent().getParent());
    }

    private static Optional<Path> runningJar() {
        try {
            var source = CtiBridge.class.getProtectionDomain().getCodeSource();
            return source == null
                    ? Optional.empty()
                    : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty(); // no jar to go by: the moto launcher's other places still apply
        }
    }
}
