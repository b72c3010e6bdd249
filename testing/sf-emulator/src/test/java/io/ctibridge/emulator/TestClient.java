package io.ctibridge.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A real HTTP client for the emulator over loopback, with the small conveniences the tests need. */
final class TestClient {
    static final String V = "/services/data/v66.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;
    private String token;

    TestClient(URI base) {
        this.base = base;
    }

    record Response(int status, JsonNode body, HttpResponse<String> raw) {
        String errorCode() {
            return body.path(0).path("errorCode").asText();
        }

        String message() {
            return body.path(0).path("message").asText();
        }
    }

    /** "Type:Name" of each record a search answered, in answer order; the search must have answered 200. */
    static List<String> searchRecords(Response answer) {
        assertEquals(200, answer.status(), () -> answer.body().toString());
        List<String> out = new ArrayList<>();
        for (JsonNode record : answer.body().get("searchRecords")) {
            out.add(record.path("attributes").path("type").asText() + ":"
                    + record.path("Name").asText());
        }
        return out;
    }

    /** Logs in with the default client credentials and keeps the token for later calls. */
    TestClient login() {
        Response answer =
                tokenRequest("grant_type=client_credentials&client_id=ctibridge-local" + "&client_secret=local-secret");
        if (answer.status() != 200) {
            throw new IllegalStateException("login failed: " + answer.body());
        }
        token = answer.body().get("access_token").asText();
        return this;
    }

    TestClient withToken(String newToken) {
        token = newToken;
        return this;
    }

    String token() {
        return token;
    }

    Response tokenRequest(String form) {
        return send(HttpRequest.newBuilder(base.resolve("/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    Response query(String soql) {
        return get(V + "/query?q=" + encode(soql));
    }

    Response search(String sosl) {
        return get(V + "/search?q=" + encode(sosl));
    }

    Response get(String pathAndQuery, String... headers) {
        return send(authorized(pathAndQuery, headers).GET());
    }

    Response post(String path, String json) {
        return send(authorized(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response patch(String path, String json) {
        return send(authorized(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    Response delete(String path) {
        return send(authorized(path).DELETE());
    }

    /** Sends and returns the raw outcome, or throws the IOException (for dropped connections). */
    HttpResponse<String> sendRaw(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(authorized(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder authorized(String pathAndQuery, String... headers) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> raw = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = raw.body().isEmpty() ? JSON.nullNode() : JSON.readTree(raw.body());
            return new Response(raw.statusCode(), body, raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
