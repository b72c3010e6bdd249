package io.ctibridge.core.salesforce.telephony;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.salesforce.SalesforceConfigException;
import io.ctibridge.core.salesforce.auth.PrivateKeyPem;
import io.ctibridge.core.salesforce.http.SecureUrls;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the telephony secret, which is not the REST API's (another key pair, another trust):
 * <pre>
 * {"baseUrl": "https://acme.my.salesforce-scrt.com/telephony/v1", "orgId": "00D…",
 *  "contactCenterApiName": "ACME_Connect", "privateKeyPem": "-----BEGIN PRIVATE KEY-----…",
 *  "audience"?: "https://scrt.salesforce.com", "tokenLifetimeSeconds"?: 180, "providerName"?: "ctibridge"}
 * </pre>
 * Errors name the key at fault and never quote the secret's content.
 */
public final class TelephonySecretJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WHAT = "Telephony secret";
    private static final Pattern ORG_ID = Pattern.compile("00D[0-9A-Za-z]{12}([0-9A-Za-z]{3})?");

    private TelephonySecretJson() {}

    public static TelephonyCredentials parse(String secretJson) {
        JsonNode root = readTree(secretJson);
        URI baseUrl = SecureUrls.requireSecureUrl(
                required(root, "baseUrl"), problem -> new SalesforceConfigException(WHAT + ": baseUrl " + problem));
        if (baseUrl.getRawQuery() != null) {
            throw new SalesforceConfigException(WHAT + ": baseUrl must not have a query");
        }
        String orgId = required(root, "orgId");
        if (!ORG_ID.matcher(orgId).matches()) {
            throw new SalesforceConfigException(WHAT + ": orgId must be the org's 15- or 18-character Id (00D…)");
        }
        Duration lifetime = TelephonyCredentials.DEFAULT_TOKEN_LIFETIME;
        JsonNode seconds = root.get("tokenLifetimeSeconds");
        if (seconds != null && !seconds.isNull()) {
            if (!seconds.canConvertToLong()
                    || seconds.asLong() < 30
                    || seconds.asLong() > TelephonyCredentials.MAX_TOKEN_LIFETIME.toSeconds()) {
                throw new SalesforceConfigException(
                        WHAT + ": tokenLifetimeSeconds must be a whole number from 30 to 86400");
            }
            lifetime = Duration.ofSeconds(seconds.asLong());
        }
        String base = baseUrl.toString();
        return new TelephonyCredentials(
                URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base),
                orgId,
                required(root, "contactCenterApiName"),
                PrivateKeyPem.parseRsa(required(root, "privateKeyPem")),
                optional(root, "audience"),
                lifetime,
                optional(root, "providerName"));
    }

    private static JsonNode readTree(String secretJson) {
        if (secretJson == null || secretJson.isBlank()) {
            throw new SalesforceConfigException(WHAT + " is empty");
        }
        try {
            JsonNode root = JSON.readTree(secretJson);
            if (root == null || !root.isObject()) {
                throw new SalesforceConfigException(WHAT + " must be a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            // Jackson's message quotes the text around the error, which is secret: report the position only.
            var at = e.getLocation();
            throw new SalesforceConfigException(WHAT + " is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
    }

    private static Optional<String> optional(JsonNode root, String key) {
        JsonNode value = root.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(required(root, key));
    }

    private static String required(JsonNode root, String key) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            throw new SalesforceConfigException(WHAT + ": missing required key \"" + key + "\"");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new SalesforceConfigException(WHAT + ": \"" + key + "\" must be a non-empty string");
        }
        return value.asText().strip();
    }
}
