package io.ctibridge.core.pop;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amazon Connect ContactIds are UUIDs. Checking the shape before anything else means junk in the URL never reaches
 * the token check, DynamoDB or Salesforce.
 */
public final class ContactIds {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ContactIds() {}

    /**
     * The ContactId in Connect's own spelling (lowercase), or empty when {@code raw} is not a UUID. Lowercasing lets an
     * adapter that upper-cased the id still meet the token and the state stored under Connect's spelling.
     */
    public static Optional<String> canonical(String raw) {
        if (raw == null || !UUID.matcher(raw).matches()) {
            return Optional.empty();
        }
        return Optional.of(raw.toLowerCase(Locale.ROOT));
    }
}
