package io.ctibridge.cli.doctor;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Names why Salesforce's token endpoint refused a grant, from its {@code error} and {@code error_description}
 * (Salesforce's wording, which the emulator answers too) and the clock difference with the token endpoint.
 *
 * @param cause what is wrong, for the operator
 * @param fix   the fix in one sentence
 */
public record TokenRefusal(String cause, String fix) {

    /** More than this between our clock and Salesforce's makes a JWT's {@code exp} look wrong to Salesforce. */
    static final Duration SKEW_LIMIT = Duration.ofSeconds(60);

    /**
     * @param error       the OAuth {@code error}, e.g. {@code invalid_grant}
     * @param description the {@code error_description}
     * @param skew        Salesforce's clock minus ours, when its {@code Date} header was readable
     * @param loginUrl    where the grant went
     */
    public static TokenRefusal classify(String error, String description, Optional<Duration> skew, URI loginUrl) {
        String said = description == null ? "" : description.toLowerCase(Locale.ROOT);
        String host = loginUrl.getHost() == null ? "" : loginUrl.getHost().toLowerCase(Locale.ROOT);
        return switch (error == null ? "" : error) {
            case "invalid_client_id" ->
                new TokenRefusal(
                        "invalid_client_id: Salesforce knows no app with this consumer key at " + host,
                        "Copy the consumer key of the External Client App (or connected app) into the secret's"
                                + " consumerKey, and check that loginUrl is the org the app lives in.");
            case "invalid_client" ->
                new TokenRefusal(
                        "invalid_client: the client id or secret is wrong",
                        "Copy the External Client App's consumer key and secret into the secret's clientId and"
                                + " clientSecret.");
            case "invalid_grant" -> invalidGrant(said, description, skew, host);
            default ->
                new TokenRefusal(
                        error + (description == null || description.isBlank() ? "" : " (" + description + ")"),
                        "See Salesforce's OAuth error codes for '" + error + "' and fix the app or the secret.");
        };
    }

    private static TokenRefusal invalidGrant(String said, String description, Optional<Duration> skew, String host) {
        if (skew.filter(s -> s.abs().compareTo(SKEW_LIMIT) > 0).isPresent()) {
            return new TokenRefusal(
                    "invalid_grant (" + description + "): Salesforce's clock is " + seconds(skew.get())
                            + " this machine's, so the assertion's expiry looks wrong to it",
                    "Synchronise this machine's clock (NTP); Lambda's clock is always right.");
        }
        if (said.contains("hasn't approved") || said.contains("not approved") || said.contains("pre-authorized")) {
            return new TokenRefusal(
                    "invalid_grant (" + description + "): the integration user is not pre-authorised for the app",
                    "In the External Client App's policies set Permitted Users to 'Admin approved users are"
                            + " pre-authorized' and assign the integration user's permission set or profile.");
        }
        if (said.contains("audience")) {
            return new TokenRefusal(
                    "invalid_grant (" + description + "): the assertion's audience does not match " + host,
                    "Use https://login.salesforce.com for production, https://test.salesforce.com for sandboxes,"
                            + " or the My Domain URL, as both loginUrl and audience in the secret.");
        }
        if (said.contains("expired") || said.contains("exp ")) {
            return new TokenRefusal(
                    "invalid_grant (" + description + "): Salesforce refused the assertion's expiry time",
                    "Synchronise this machine's clock (NTP); the assertion must expire within 3 minutes of"
                            + " Salesforce's time.");
        }
        if (said.contains("invalid assertion")) {
            return new TokenRefusal(
                    "invalid_grant (" + description + "): the assertion's signature does not verify"
                            + " against the app's certificate",
                    "Upload the certificate of the secret's privateKeyPem to the External Client App"
                            + " (or put the matching key in the secret).");
        }
        if (said.contains("user") || said.contains("authentication failure")) {
            return new TokenRefusal(
                    "invalid_grant (" + description + "): Salesforce refused the integration user",
                    "Check that the secret's username exists in this org, is active and is not locked out.");
        }
        return new TokenRefusal(
                "invalid_grant (" + description + ")",
                "Check the app's certificate, the user's pre-authorisation and the secret's loginUrl.");
    }

    private static String seconds(Duration skew) {
        return Math.abs(skew.toSeconds()) + " s " + (skew.isNegative() ? "behind" : "ahead of");
    }
}
