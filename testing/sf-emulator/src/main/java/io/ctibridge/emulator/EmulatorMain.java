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
 *     [--telephony-public-key telephony-public.pem --contact-center API_NAME]
 * </pre>
 */
public final class EmulatorMain {
    private EmulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        EmulatorConfig config;
        Telephony telephony;
        try {
            telephony = telephony(args);
            config = parse(telephony.rest());
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("usage: EmulatorMain [--port N] [--seed FILE] [--consumer-key KEY] [--username USER]"
                    + " [--client-secret SECRET] [--jwt-public-key PEM_FILE]"
                    + " [--telephony-public-key PEM_FILE --contact-center API_NAME]");
            System.exit(2);
            return;
        }
        SalesforceEmulator emulator = SalesforceEmulator.start(config);
        if (telephony.key() != null) {
            emulator.trustTelephony(telephony.key(), telephony.contactCenter());
        }
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
        if (telephony.key() != null) {
            System.out.println("  telephony API:  " + emulator.telephonyBaseUrl() + "   org Id (iss): "
                    + emulator.orgId() + "   contact center (sub): " + telephony.contactCenter());
        }
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    /** The telephony options, taken out of {@code args}; the REST API's options are left in {@code rest}. */
    record Telephony(PublicKey key, String contactCenter, String[] rest) {}

    static Telephony telephony(String[] args) {
        java.util.List<String> rest = new java.util.ArrayList<>();
        PublicKey key = null;
        String contactCenter = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--telephony-public-key" -> key = readPem(Path.of(value(args, i++)));
                case "--contact-center" -> contactCenter = value(args, i++);
                default -> rest.add(args[i]);
            }
        }
        if ((key == null) != (contactCenter == null)) {
            throw new IllegalArgumentException("--telephony-public-key and --contact-center go together");
        }
        return new Telephony(key, contactCenter, rest.toArray(String[]::new));
    }

    private static String value(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
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
