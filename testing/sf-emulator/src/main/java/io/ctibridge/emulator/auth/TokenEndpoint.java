package io.ctibridge.emulator.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.emulator.EmulatorConfig;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /services/oauth2/token}: the JWT bearer grant and the client_credentials grant (client id and
 * secret in the form or in a Basic Authorization header). No refresh tokens, as with these flows in Salesforce.
 */
public final class TokenEndpoint {
    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final EmulatorConfig config;
    private final SessionRegistry sessions;
    private final JwtBearerVerifier jwtVerifier;
    private final String userId;
    private final Clock clock;

    /** @param userId the id of the integration user, for the identity URL */
    public TokenEndpoint(
            EmulatorConfig config, SessionRegistry sessions, ObjectMapper json, Clock clock, String userId) {
        this.config = config;
        this.sessions = sessions;
        this.clock = clock;
        this.userId = userId;
        this.jwtVerifier =
                new JwtBearerVerifier(json, clock, config.consumerKey(), config.username(), config.jwtPublicKey());
    }

    public record Answer(int status, Map<String, Object> body) {}

    public Answer handle(String method, String formBody, Optional<String> authorization, URI baseUrl) {
        if (!method.equals("POST")) {
            return error("invalid_request", "must use HTTP POST");
        }
        Map<String, String> form = parseForm(formBody);
        try {
            switch (form.getOrDefault("grant_type", "")) {
                case JWT_BEARER -> jwtVerifier.verify(form.get("assertion"), audiences(baseUrl));
                case "client_credentials" -> checkClientCredentials(form, authorization);
                default -> throw new OAuthError("unsupported_grant_type", "grant type not supported");
            }
        } catch (OAuthError e) {
            return error(e.error(), e.getMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", sessions.issue());
        body.put("scope", "api");
        body.put("instance_url", baseUrl.toString());
        body.put("id", baseUrl + "/id/" + sessions.orgId() + "/" + userId);
        body.put("token_type", "Bearer");
        body.put("issued_at", Long.toString(clock.millis()));
        return new Answer(200, body);
    }

    private static Set<String> audiences(URI baseUrl) {
        String local = baseUrl.toString();
        return Set.of(
                "https://login.salesforce.com",
                "https://test.salesforce.com",
                local,
                local.replace("127.0.0.1", "localhost"));
    }

    private void checkClientCredentials(Map<String, String> form, Optional<String> authorization) {
        if (config.clientSecret().isEmpty()) {
            throw new OAuthError("invalid_grant", "no client credentials user enabled");
        }
        String clientId = form.get("client_id");
        String clientSecret = form.get("client_secret");
        if (authorization.isPresent() && authorization.get().regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded = decodeBasic(authorization.get().substring(6).trim());
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                clientId = decode(decoded.substring(0, colon));
                clientSecret = decode(decoded.substring(colon + 1));
            }
        }
        if (!config.consumerKey().equals(clientId)
                || !config.clientSecret().get().equals(clientSecret)) {
            throw new OAuthError("invalid_client", "invalid client credentials");
        }
    }

    private static String decodeBasic(String encoded) {
        try {
            return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static Answer error(String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return new Answer(400, body);
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        if (body == null || body.isBlank()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.putIfAbsent(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return form;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
