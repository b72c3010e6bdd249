package io.ctibridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckoutRootTest {

    @Test
    void of_theBuiltJar_isTheCheckoutItWasBuiltIn() {
        assertEquals(
                Optional.of(Path.of("/home/op/ctibridge")),
                CheckoutRoot.of(Path.of("/home/op/ctibridge/tools/cli/target/ctibridge-cli.jar")));
    }

    @Test
    void of_aJarCopiedElsewhere_isNoCheckout() {
        assertEquals(Optional.empty(), CheckoutRoot.of(Path.of("/opt/ctibridge/ctibridge-cli.jar")));
        assertEquals(
                Optional.empty(),
                CheckoutRoot.of(Path.of("/tools/cli/target/ctibridge-cli.jar").getRoot()));
    }
}
