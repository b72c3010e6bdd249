package io.ctibridge.core.pop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer of the pop API. Every answer carries {@code Cache-Control: no-store} (it is about a caller, and neither
 * the browser nor a proxy may keep it) and never a cookie.
 *
 * @param body JSON, or "" for 204
 */
public record PopHttpResponse(int status, Map<String, String> headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public PopHttpResponse {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** 200 with {@code value} as JSON. */
    public static PopHttpResponse ok(Object value, Map<String, String> extraHeaders) {
        return json(200, value, extraHeaders);
    }

    /** {@code {"error": code, "message": text}}: a code for programs, a sentence for people, no contact data. */
    public static PopHttpResponse error(int status, String error, String message, Map<String, String> extraHeaders) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        return json(status, body, extraHeaders);
    }

    public static PopHttpResponse noContent(Map<String, String> extraHeaders) {
        return new PopHttpResponse(204, withStandardHeaders(extraHeaders, false), "");
    }

    private static PopHttpResponse json(int status, Object value, Map<String, String> extraHeaders) {
        try {
            return new PopHttpResponse(status, withStandardHeaders(extraHeaders, true), JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the pop API's answer", e);
        }
    }

    private static Map<String, String> withStandardHeaders(Map<String, String> extra, boolean hasBody) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (hasBody) {
            headers.put("Content-Type", "application/json; charset=utf-8");
        }
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.putAll(extra);
        return headers;
    }
}
