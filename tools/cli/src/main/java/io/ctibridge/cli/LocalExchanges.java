package io.ctibridge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/** What every route of the local server does with a request: check the method, read a bounded body, answer JSON. */
final class LocalExchanges {

    /** Real Connect events and contact-record batches are well under this; refuse anything absurd before parsing. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalExchanges() {}

    /** False, after answering 405, when the request is not {@code method}. */
    static boolean requireMethod(HttpExchange exchange, String method, String what) throws IOException {
        if (method.equals(exchange.getRequestMethod())) {
            return true;
        }
        exchange.getResponseHeaders().add("Allow", method);
        respond(exchange, 405, Map.of("error", "method not allowed; " + method + " " + what));
        return false;
    }

    /** The body, or empty after answering 413 when it is larger than {@link #MAX_BODY_BYTES}. */
    static Optional<byte[]> body(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            respond(exchange, 413, Map.of("error", "body larger than " + MAX_BODY_BYTES + " bytes"));
            return Optional.empty();
        }
        return Optional.of(body);
    }

    static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] json = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, json.length);
        exchange.getResponseBody().write(json);
    }
}
