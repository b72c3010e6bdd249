package io.ctibridge.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator standalone until Ctrl-C.
 *
 * <pre>
 * java -cp ... io.ctibridge.emulator.EmulatorMain [--port 8787] [--seed seed.json] [--consumer-key KEY]
 *     [--username USER] [--client-secret SECRET] [--jwt-public-key public.pem]
 * </pre>
 */
public final class EmulatorMain {
    private EmulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        EmulatorConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("usage: EmulatorMain [--port N] [--seed FILE] [--consumer-key KEY] [--username USER]"
                    + " [--client-secret SECRET] [--jwt-public-key PEM_FILE]");
            System.exit(2);
            return;
        }
        SalesforceEmulator emulator = SalesforceEmulator.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }));
        System.out.println("Salesforce emulator listening on " + emulator.baseUrl());
        System.out.println("  token endpoint: " + emulator.baseUrl() + "/services/oauth2/token");
        System.out.println("  consumer key:   " + config.consumerKey() + "   user: " + config.username());
        System.out.println("  seed:           "
                + config.seedFile().map(Path::toString).orElse("built-in demo seed") + " (" + emulator.records() + ")");
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    static EmulatorConfig parse(String[] args) {
        EmulatorConfig config = EmulatorConfig.defaults();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            config = switch (option) {
                case "--port" -> config.withPort(port(value));
                case "--seed" -> config.withSeedFile(Path.of(value));
                case "--consumer-key" -> config.withConsumerKey(value);
                case "--username" -> config.withUsername(value);
                case "--client-secret" -> config.withClientSecret(value);
                case "--jwt-public-key" -> config.withJwtPublicKey(readPem(Path.of(value)));
                default -> throw new IllegalArgumentException("unknown option " + option);
            };
        }
        return config;
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, not " + value);
        }
    }

    /** Reads an X.509 SubjectPublicKeyInfo PEM ("-----BEGIN PUBLIC KEY-----"). */
    static PublicKey readPem(Path file) {
        try {
            String base64 =
                    Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not an RSA public key in PEM form", e);
        }
    }
}
