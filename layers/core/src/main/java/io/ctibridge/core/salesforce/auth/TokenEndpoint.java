package io.ctibridge.core.salesforce.auth;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.salesforce.SalesforceAuthException;
import io.ctibridge.core.salesforce.SalesforceError;
import io.ctibridge.core.salesforce.ServiceUnavailableException;
import io.ctibridge.core.salesforce.http.HttpCalls;
import io.ctibridge.core.salesforce.http.HttpResult;
import io.ctibridge.core.salesforce.http.SecureUrls;
import io.ctibridge.core.salesforce.session.SalesforceSession;
import io.ctibridge.core.time.Deadline;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The OAuth 2.0 token endpoint, {@code POST /services/oauth2/token}, shared by the grant types.
 *
 * @see <a href="https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_endpoints.htm">OAuth endpoints</a>
 */
final class TokenEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OkHttpClient http;
    private final HttpUrl tokenUrl;
    private final Clock clock;

    TokenEndpoint(OkHttpClient http, URI loginUrl, Clock clock) {
        this.http = http;
        this.tokenUrl = HttpUrl.get(loginUrl.toString()).resolve("/services/oauth2/token");
        this.clock = clock;
    }

    /** Posts the grant and returns the session it buys; the form holds secrets, so it is never logged. */
    SalesforceSession requestToken(FormBody grant, Deadline deadline) {
        Request request = new Request.Builder()
                .url(tokenUrl)
                .header("Accept", "application/json")
                .post(grant)
                .build();
        HttpResult result = HttpCalls.execute(http, request, deadline);
        JsonNode body = parse(result.body());
        if (result.status() != 200) {
            throw refusal(result.status(), body);
        }
        String token = body.path("access_token").asText("");
        String instanceUrl = body.path("instance_url").asText("");
        if (token.isEmpty() || instanceUrl.isEmpty()) {
            throw new SalesforceAuthException(
                    result.status(), "invalid_response", "token response lacks access_token or instance_url");
        }
        return new SalesforceSession(
                token, SecureUrls.requireSecureOrigin("instance_url", instanceUrl), issuedAt(body));
    }

    private Instant issuedAt(JsonNode body) {
        // issued_at is epoch milliseconds as a string; keep our own clock when it is missing or odd.
        String millis = body.path("issued_at").asText("");
        try {
            return millis.isEmpty() ? clock.instant() : Instant.ofEpochMilli(Long.parseLong(millis));
        } catch (NumberFormatException e) {
            return clock.instant();
        }
    }

    private static RuntimeException refusal(int status, JsonNode body) {
        String error = body.path("error").asText("");
        String description = body.path("error_description").asText("");
        if (status >= 500) {
            return new ServiceUnavailableException(status, List.of(new SalesforceError(error, description, List.of())));
        }
        return new SalesforceAuthException(status, error.isEmpty() ? "http_" + status : error, description);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? JSON.missingNode() : node;
        } catch (JacksonException notJson) {
            return JSON.missingNode();
        }
    }
}
