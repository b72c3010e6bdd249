package io.ctibridge.emulator.schema;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Salesforce record ids: 15 case-sensitive characters, plus a 3-character suffix that encodes the case of the
 * first 15 so the 18-character form survives case-insensitive systems.
 */
public final class SalesforceIds {
    private static final String SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final Pattern ID_SHAPE = Pattern.compile("[a-zA-Z0-9]{15}(?:[a-zA-Z0-5]{3})?");
    // The two characters after the key prefix are the pod/instance part of a real id; any stable value will do.
    private static final String INSTANCE = "5g";

    private SalesforceIds() {}

    /** The id of the {@code sequence}-th record of an object with this key prefix, in 18-character form. */
    public static String generate(String keyPrefix, long sequence) {
        StringBuilder counter = new StringBuilder();
        long n = sequence;
        do {
            counter.insert(0, BASE62.charAt((int) (n % 62)));
            n /= 62;
        } while (n > 0);
        String body = "0".repeat(10 - counter.length()) + counter;
        return to18(keyPrefix + INSTANCE + body);
    }

    public static String to18(String id15) {
        return id15 + checksum(id15);
    }

    static String checksum(String id15) {
        StringBuilder suffix = new StringBuilder(3);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id15.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            suffix.append(SUFFIX_ALPHABET.charAt(bits));
        }
        return suffix.toString();
    }

    /**
     * The 15-character key of a well-formed id, empty for anything else (wrong length, characters, or an
     * 18-character id whose suffix does not match its first 15 characters).
     */
    public static Optional<String> key(String id) {
        if (id == null || !ID_SHAPE.matcher(id).matches()) {
            return Optional.empty();
        }
        String id15 = id.substring(0, 15);
        if (id.length() == 18 && !checksum(id15).equalsIgnoreCase(id.substring(15))) {
            return Optional.empty();
        }
        return Optional.of(id15);
    }

    public static boolean isWellFormed(String id) {
        return key(id).isPresent();
    }
}
