package io.ctibridge.core.calllog.fields;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Links into the Amazon Connect console of one instance, built from its alias (the {@code <alias>} of
 * {@code https://<alias>.my.connect.aws}). The contact details page plays the contact's recording to whoever may
 * listen to it in Connect, so a Salesforce user gets no more than Connect already grants them.
 */
public final class ConnectConsole {

    /** Connect's alias rule: letters, digits and hyphens, a letter or digit at both ends, at most 62 characters. */
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,60}[A-Za-z0-9])?");

    private static final ConnectConsole UNKNOWN = new ConnectConsole(null);

    private final String alias;

    private ConnectConsole(String alias) {
        this.alias = alias;
    }

    /** A deployment that did not name its instance: no links. */
    public static ConnectConsole unknown() {
        return UNKNOWN;
    }

    /**
     * @param alias the instance alias; blank for none
     * @throws IllegalArgumentException when it cannot be an alias
     */
    public static ConnectConsole ofAlias(String alias) {
        if (alias == null || alias.isBlank()) {
            return UNKNOWN;
        }
        String trimmed = alias.strip();
        if (!ALIAS.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("'" + trimmed + "' is not an Amazon Connect instance alias (letters,"
                    + " digits and hyphens, starting and ending with a letter or digit)");
        }
        return new ConnectConsole(trimmed.toLowerCase(java.util.Locale.ROOT));
    }

    public Optional<String> alias() {
        return Optional.ofNullable(alias);
    }

    /**
     * The contact's details page, where its recording plays; empty when the alias is unknown.
     * The address comes from public integrations, not AWS documentation.
     */
    public Optional<String> contactDetailsUrl(String contactId) {
        if (alias == null || contactId == null || contactId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of("https://" + alias + ".my.connect.aws/contact-trace-records/details/"
                + URLEncoder.encode(contactId, StandardCharsets.UTF_8));
    }
}
