package io.ctibridge.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.ctibridge.emulator.auth.SessionRegistry;
import io.ctibridge.emulator.auth.TokenEndpoint;
import io.ctibridge.emulator.error.SalesforceException;
import io.ctibridge.emulator.http.ApiResponse;
import io.ctibridge.emulator.http.ApiRouter;
import io.ctibridge.emulator.telephony.TelephonyEndpoint;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one HTTP handler: records the request, applies latency, then answers token requests or API calls. API
 * calls pass the fault knobs and the session check before reaching the router.
 */
final class RequestDispatcher implements HttpHandler {
    private static final String TOKEN_PATH = "/services/oauth2/token";

    private final RequestLog log;
    private final Faults faults;
    private final SessionRegistry sessions;
    private final TokenEndpoint tokens;
    private final ApiRouter router;
    private final ObjectMapper json;
    private final Clock clock;
    private final URI baseUrl;
    private final TelephonyEndpoint telephony;

    RequestDispatcher(
            RequestLog log,
            Faults faults,
            SessionRegistry sessions,
            TokenEndpoint tokens,
            ApiRouter router,
            ObjectMapper json,
            Clock clock,
            URI baseUrl,
            TelephonyEndpoint telephony) {
        this.log = log;
        this.faults = faults;
        this.sessions = sessions;
        this.tokens = tokens;
        this.router = router;
        this.json = json;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.telephony = telephony;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String rawQuery = exchange.getRequestURI().getRawQuery();
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            log.add(new RecordedRequest(method, path, rawQuery, headers, body, clock.instant()));
            delay(faults.latency());

            if (path.equals(TOKEN_PATH)) {
                TokenEndpoint.Answer answer = tokens.handle(method, body, first(headers, "Authorization"), baseUrl);
                send(exchange, answer.status(), answer.body(), Map.of());
                return;
            }
            if ((path.equals("/services/data") || path.equals("/services/data/")) && method.equals("GET")) {
                send(exchange, ApiResponse.ok(ApiRouter.versions()));
                return;
            }
            if (path.startsWith(TelephonyEndpoint.PREFIX + "/")) {
                if (faults.takeDrop()) {
                    return;
                }
                send(exchange, telephonyCall(method, path, headers, body));
                return;
            }
            if (!path.startsWith("/services/data/")) {
                send(exchange, ApiResponse.error(SalesforceException.notFound()));
                return;
            }
            if (faults.takeDrop()) {
                return;
            }
            send(exchange, apiCall(method, path, rawQuery, headers, body));
        } catch (RuntimeException e) {
            send(
                    exchange,
                    ApiResponse.error(new SalesforceException(
                            500, "UNKNOWN_EXCEPTION", "An unexpected error occurred in the emulator: " + e)));
        } finally {
            // Closing before any response header was sent drops the connection (the dropConnections fault).
            exchange.close();
        }
    }

    private ApiResponse apiCall(
            String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {
        if (!sessions.isValid(bearerToken(headers).orElse(null))) {
            return ApiResponse.error(new SalesforceException(401, "INVALID_SESSION_ID", "Session expired or invalid"));
        }
        Optional<SalesforceException> injected = faults.takeFailure();
        if (injected.isPresent()) {
            return ApiResponse.error(injected.get());
        }
        return router.route(method, path, rawQuery, headers, body);
    }

    /** The JWT check (401), then the injected faults, then the call. */
    private ApiResponse telephonyCall(String method, String path, Map<String, List<String>> headers, String body) {
        Optional<String> refusal = telephony.refusal(bearerToken(headers));
        if (refusal.isPresent()) {
            return TelephonyEndpoint.error(401, refusal.get());
        }
        Optional<Integer> injected = faults.takeTelephonyFailure();
        if (injected.isPresent()) {
            return TelephonyEndpoint.error(injected.get(), "injected failure");
        }
        return telephony.handle(method, path, body);
    }

    private static Optional<String> bearerToken(Map<String, List<String>> headers) {
        return first(headers, "Authorization")
                .map(String::strip)
                // Salesforce accepts the legacy "OAuth" scheme too.
                .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7) || h.regionMatches(true, 0, "OAuth ", 0, 6))
                .map(h -> h.substring(h.indexOf(' ') + 1).strip());
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    private void send(HttpExchange exchange, ApiResponse response) throws IOException {
        Map<String, String> headers = new TreeMap<>(response.headers());
        headers.put("Sforce-Limit-Info", faults.limitInfo());
        send(exchange, response.status(), response.body(), headers);
    }

    private void send(HttpExchange exchange, int status, Object body, Map<String, String> headers) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void delay(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
