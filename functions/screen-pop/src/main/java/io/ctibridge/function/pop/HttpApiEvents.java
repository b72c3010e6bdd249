package io.ctibridge.function.pop;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.ctibridge.core.pop.PopHttpRequest;
import io.ctibridge.core.pop.PopHttpResponse;
import io.ctibridge.core.pop.ScreenPopEndpoint;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Translates between API Gateway's HTTP API payload format 2.0 and the pop API's plain request and response. */
final class HttpApiEvents {

    static final String POP_ROUTE = "GET " + ScreenPopEndpoint.ROUTE_PREFIX + "{contactId}";
    private static final String DEFAULT_STAGE = "$default";

    private HttpApiEvents() {}

    static PopHttpRequest request(APIGatewayV2HTTPEvent event) {
        if (event == null) {
            return new PopHttpRequest("", "", Map.of(), Map.of());
        }
        return new PopHttpRequest(method(event), path(event), event.getHeaders(), query(event));
    }

    /** Never cookies: the answer sets headers only. */
    static APIGatewayV2HTTPResponse response(PopHttpResponse answer) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(answer.status())
                .withHeaders(answer.headers())
                .withBody(answer.body())
                .withIsBase64Encoded(false)
                .build();
    }

    private static String method(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        return context == null || context.getHttp() == null
                ? ""
                : context.getHttp().getMethod();
    }

    /**
     * When API Gateway matched the pop route, its decoded path parameter is the truth: {@code rawPath} may carry a
     * stage or a custom domain's mapping key. On a catch-all route the raw path is read, less a named stage.
     */
    private static String path(APIGatewayV2HTTPEvent event) {
        Map<String, String> parameters = event.getPathParameters();
        if (POP_ROUTE.equals(event.getRouteKey()) && parameters != null && parameters.get("contactId") != null) {
            return ScreenPopEndpoint.ROUTE_PREFIX + parameters.get("contactId");
        }
        String path = event.getRawPath() == null ? "" : event.getRawPath();
        String stage = event.getRequestContext() == null
                ? null
                : event.getRequestContext().getStage();
        if (stage != null && !stage.equals(DEFAULT_STAGE) && path.startsWith("/" + stage + "/")) {
            return path.substring(stage.length() + 1);
        }
        return path;
    }

    /** API Gateway decodes the query into {@code queryStringParameters}; a hand-made event may carry only the raw one. */
    private static Map<String, String> query(APIGatewayV2HTTPEvent event) {
        if (event.getQueryStringParameters() != null) {
            return event.getQueryStringParameters();
        }
        Map<String, String> query = new LinkedHashMap<>();
        String raw = event.getRawQueryString();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            // API Gateway joins repeated parameters with commas; do the same.
            query.merge(name, value, (first, second) -> first + "," + second);
        }
        return query;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return text;
        }
    }
}
