package io.ctibridge.cli;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a request on the local server into the event API Gateway's HTTP API (payload format 2.0) would send the
 * function: lower-cased headers, raw and decoded query string, request context with method and path.
 */
final class HttpApiRequests {

    private HttpApiRequests() {}

    static APIGatewayV2HTTPEvent toEvent(HttpExchange exchange, String body) {
        String path = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        Instant now = Instant.now();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(path)
                .withRawQueryString(rawQuery == null ? "" : rawQuery)
                .withQueryStringParameters(rawQuery == null ? null : decode(rawQuery))
                .withHeaders(headers)
                .withBody(body == null || body.isEmpty() ? null : body)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRouteKey("$default")
                        .withStage("$default")
                        .withRequestId(UUID.randomUUID().toString())
                        .withTimeEpoch(now.toEpochMilli())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(exchange.getRequestMethod())
                                .withPath(path)
                                .withProtocol(exchange.getProtocol())
                                .withSourceIp(
                                        exchange.getRemoteAddress().getAddress().getHostAddress())
                                .withUserAgent(headers.getOrDefault("user-agent", ""))
                                .build())
                        .build())
                .build();
    }

    /** As API Gateway does: repeated parameters joined with commas. */
    private static Map<String, String> decode(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            List<String> parts = List.of(pair.split("=", 2));
            String name = URLDecoder.decode(parts.getFirst(), StandardCharsets.UTF_8);
            String value = parts.size() > 1 ? URLDecoder.decode(parts.get(1), StandardCharsets.UTF_8) : "";
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }
}
