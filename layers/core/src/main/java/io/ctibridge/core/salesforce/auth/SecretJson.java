package io.ctibridge.core.salesforce.auth;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.salesforce.ApiVersion;
import io.ctibridge.core.salesforce.SalesforceConfigException;
import io.ctibridge.core.salesforce.http.SecureUrls;
import java.net.URI;
import java.util.Set;

/**
 * Parses the Salesforce credentials secret:
 * <pre>
 * {"authFlow":"JWT_BEARER", "loginUrl", "consumerKey", "username", "privateKeyPem", "audience"?, "apiVersion"?}
 * {"authFlow":"CLIENT_CREDENTIALS", "loginUrl" (My Domain), "clientId", "clientSecret", "apiVersion"?}
 * </pre>
 * Errors name the key at fault and never quote the secret's content.
 */
public final class SecretJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    // Salesforce refuses the client credentials grant on the shared login hosts.
    private static final Set<String> SHARED_LOGIN_HOSTS = Set.of("login.salesforce.com", "test.salesforce.com");

    private SecretJson() {}

    public static SalesforceCredentials parse(String secretJson) {
        JsonNode root = readTree(secretJson);
        String flow = required(root, "authFlow");
        URI loginUrl =
                SecureUrls.requireSecureOrigin("Salesforce credentials secret: loginUrl", required(root, "loginUrl"));
        ApiVersion version = root.hasNonNull("apiVersion")
                ? ApiVersion.of(root.get("apiVersion").asText())
                : ApiVersion.DEFAULT;
        return switch (flow) {
            case "JWT_BEARER" ->
                new SalesforceCredentials.JwtBearer(
                        loginUrl,
                        required(root, "consumerKey"),
                        required(root, "username"),
                        PrivateKeyPem.parseRsa(required(root, "privateKeyPem")),
                        root.hasNonNull("audience") ? required(root, "audience") : loginUrl.toString(),
                        version);
            case "CLIENT_CREDENTIALS" -> {
                if (SHARED_LOGIN_HOSTS.contains(loginUrl.getHost().toLowerCase())) {
                    throw new SalesforceConfigException(
                            "Salesforce credentials secret: the CLIENT_CREDENTIALS flow needs the org's "
                                    + "My Domain URL as loginUrl (e.g. https://acme.my.salesforce.com), not "
                                    + loginUrl);
                }
                yield new SalesforceCredentials.ClientCredentials(
                        loginUrl, required(root, "clientId"), required(root, "clientSecret"), version);
            }
            default ->
                throw new SalesforceConfigException(
                        "Salesforce credentials secret: authFlow must be JWT_BEARER or CLIENT_CREDENTIALS (the username-password flow is not supported)");
        };
    }

    private static JsonNode readTree(String secretJson) {
        if (secretJson == null || secretJson.isBlank()) {
            throw new SalesforceConfigException("Salesforce credentials secret is empty");
        }
        try {
            JsonNode root = JSON.readTree(secretJson);
            if (root == null || !root.isObject()) {
                throw new SalesforceConfigException("Salesforce credentials secret must be a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            // Jackson's message quotes the text around the error, which is secret: report the position only.
            JsonLocation at = e.getLocation();
            throw new SalesforceConfigException("Salesforce credentials secret is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
    }

    private static String required(JsonNode root, String key) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            throw new SalesforceConfigException("Salesforce credentials secret: missing required key \"" + key + "\"");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new SalesforceConfigException(
                    "Salesforce credentials secret: \"" + key + "\" must be a non-empty string");
        }
        return value.asText().strip();
    }
}
