package io.ctibridge.cli;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.ctibridge.lookup.CallerLookupHandler;
import io.ctibridge.pop.ScreenPopHandler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The deployed routes, served on loopback by the handlers running in this process: what Connect and the softphone
 * would call in AWS. Events are read with the Lambda runtime's own deserializer.
 */
final class LocalApiServer implements AutoCloseable {

    static final String LOOKUP_ROUTE = "/connect/lookup";
    static final String POPS_ROUTE = "/v1/pops/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Real Connect events are a few KB; refuse anything absurd before parsing it. */
    private static final int MAX_BODY_BYTES = 256 * 1024;

    private final HttpServer server;

    private LocalApiServer(HttpServer server) {
        this.server = server;
    }

    static LocalApiServer start(int port, CallerLookupHandler lookup, ScreenPopHandler pops) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext(LOOKUP_ROUTE, exchange -> handleLookup(exchange, lookup));
        server.createContext(POPS_ROUTE, exchange -> handlePop(exchange, pops));
        server.start();
        return new LocalApiServer(server);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void handleLookup(HttpExchange exchange, CallerLookupHandler lookup) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                respond(exchange, 405, Map.of("error", "method not allowed; POST a Connect contact flow event"));
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            }
            if (body.length > MAX_BODY_BYTES) {
                respond(exchange, 413, Map.of("error", "event larger than " + MAX_BODY_BYTES + " bytes"));
                return;
            }
            ConnectEvent event;
            try {
                event = LambdaEvents.read(new ByteArrayInputStream(body), ConnectEvent.class);
            } catch (RuntimeException e) {
                // Lambda would fail the invocation before the handler: say so, as Lambda's error would.
                respond(exchange, 400, Map.of("error", "not a Connect contact flow event: " + e.getClass().getSimpleName()));
                return;
            }
            respond(exchange, 200, lookup.handleRequest(event, null));
        }
    }

    /** Everything under /v1/pops/ goes to the function, which answers 404/405 itself, as behind API Gateway. */
    private static void handlePop(HttpExchange exchange, ScreenPopHandler pops) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY_BYTES);
            }
            APIGatewayV2HTTPResponse response = pops.handleRequest(
                    HttpApiRequests.toEvent(exchange, new String(body, StandardCharsets.UTF_8)), null);
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            }
            byte[] answer = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(response.getStatusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] json = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, json.length);
        exchange.getResponseBody().write(json);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
