package io.ctibridge.cli;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ctibridge.function.lookup.CallerLookupHandler;
import io.ctibridge.function.pop.ScreenPopHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * The deployed routes, served on loopback by the handlers running in this process: what Connect, the softphone,
 * the contact-record stream and EventBridge would call in AWS. Events are read with the Lambda runtime's own
 * deserializer. One local-only route, {@link TaskRoute}, reads the call log back.
 */
final class LocalApiServer implements AutoCloseable {

    static final String LOOKUP_ROUTE = "/connect/lookup";
    static final String POPS_ROUTE = "/v1/pops/";
    /** Real Connect events are a few KB; the pop API takes no body worth reading. */
    private static final int MAX_POP_BODY_BYTES = 256 * 1024;

    private final HttpServer server;

    private LocalApiServer(HttpServer server) {
        this.server = server;
    }

    static LocalApiServer start(int port, LocalFunctions functions) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext(LOOKUP_ROUTE, exchange -> handleLookup(exchange, functions.lookup()));
        server.createContext(POPS_ROUTE, exchange -> handlePop(exchange, functions.pops()));
        CallLogRoutes callLog = new CallLogRoutes(functions);
        server.createContext(CallLogRoutes.CONTACT_RECORDS_ROUTE, callLog::contactRecords);
        server.createContext(CallLogRoutes.CONTACT_EVENTS_ROUTE, callLog::contactEvents);
        server.createContext(CallLogRoutes.CONTACT_ANALYSIS_ROUTE, callLog::contactAnalysis);
        server.createContext(TaskRoute.ROUTE, new TaskRoute(functions)::handle);
        server.start();
        return new LocalApiServer(server);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void handleLookup(HttpExchange exchange, CallerLookupHandler lookup) throws IOException {
        try (exchange) {
            if (!LocalExchanges.requireMethod(exchange, "POST", "a Connect contact flow event")) {
                return;
            }
            Optional<byte[]> body = LocalExchanges.body(exchange);
            if (body.isEmpty()) {
                return;
            }
            ConnectEvent event;
            try {
                event = LambdaEvents.read(new ByteArrayInputStream(body.get()), ConnectEvent.class);
            } catch (RuntimeException e) {
                // Lambda would fail the invocation before the handler: say so, as Lambda's error would.
                LocalExchanges.respond(
                        exchange,
                        400,
                        Map.of(
                                "error",
                                "not a Connect contact flow event: "
                                        + e.getClass().getSimpleName()));
                return;
            }
            LocalExchanges.respond(exchange, 200, lookup.handleEvent(event, null));
        }
    }

    /** Everything under /v1/pops/ goes to the function, which answers 404/405 itself, as behind API Gateway. */
    private static void handlePop(HttpExchange exchange, ScreenPopHandler pops) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_POP_BODY_BYTES);
            }
            APIGatewayV2HTTPResponse response =
                    pops.handleEvent(HttpApiRequests.toEvent(exchange, new String(body, StandardCharsets.UTF_8)), null);
            if (response.getHeaders() != null) {
                response.getHeaders()
                        .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            }
            byte[] answer = response.getBody() == null
                    ? new byte[0]
                    : response.getBody().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(response.getStatusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
