package io.ctibridge.cli.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.cli.common.OperationFailedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** JSON over HTTP with a bound on every call; a server that cannot be reached is one clear line. */
final class JsonHttp {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The lookup's deadline is 3 s and a batch of contact records a few more; more than this is a hang. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    CallPath.HttpAnswer get(URI uri, String authorization) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    CallPath.HttpAnswer post(URI uri, JsonNode body) {
        try {
            return send(HttpRequest.newBuilder(uri)
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CallPath.HttpAnswer send(HttpRequest request) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new OperationFailedException(
                    request.uri() + ": no answer within " + REQUEST_TIMEOUT.toSeconds() + " s");
        } catch (ConnectException e) {
            throw new OperationFailedException(
                    request.uri() + ": cannot connect (is the local stack running?" + " start it with 'bin/local')");
        } catch (IOException e) {
            throw new OperationFailedException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationFailedException(request.uri() + ": interrupted");
        }
        JsonNode body = null;
        if (response.body().length > 0) {
            try {
                body = JSON.readTree(response.body());
            } catch (IOException notJson) {
                body = null;
            }
        }
        return new CallPath.HttpAnswer(request.uri(), response.statusCode(), body);
    }
}
