package io.ctibridge.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorMainTest {

    @Test
    void parse_readsEveryOption() throws Exception {
        KeyPair keys = Jwts.newKeyPair();
        Path pem = Files.createTempFile("pub", ".pem");
        Files.writeString(
                pem,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");

        EmulatorConfig config = EmulatorMain.parse(new String[] {
            "--port",
            "8787",
            "--seed",
            "s.json",
            "--consumer-key",
            "key",
            "--username",
            "u@x",
            "--client-secret",
            "s3cr3t-value",
            "--jwt-public-key",
            pem.toString()
        });

        assertEquals(8787, config.port());
        assertEquals(Path.of("s.json"), config.seedFile().orElseThrow());
        assertEquals("key", config.consumerKey());
        assertEquals("u@x", config.username());
        assertEquals(keys.getPublic(), config.jwtPublicKey().orElseThrow());
        assertEquals("s3cr3t-value", config.clientSecret().orElseThrow());
        assertTrue(!config.toString().contains("s3cr3t-value"), "toString must not show the secret");
    }

    @Test
    void parse_refusesUnknownOptionsAndMissingValues(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--nope", "1"}));
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--port"}));
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--port", "x"}));
        assertThrows(
                IllegalArgumentException.class,
                () -> EmulatorMain.parse(new String[] {"--jwt-public-key", dir.toString()}));
    }
}
