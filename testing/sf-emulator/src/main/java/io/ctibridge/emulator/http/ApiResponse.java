package io.ctibridge.emulator.http;

import io.ctibridge.emulator.error.SalesforceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An API answer before serialisation; {@code body} is any Jackson-serialisable value, null for none. */
public record ApiResponse(int status, Object body, Map<String, String> headers) {

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body, Map.of());
    }

    public static ApiResponse created(Object body, String location) {
        return new ApiResponse(201, body, Map.of("Location", location));
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, null, Map.of());
    }

    /** Salesforce's error body: a JSON array with one {@code {message, errorCode[, fields]}}. */
    public static ApiResponse error(SalesforceException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", e.getMessage());
        error.put("errorCode", e.errorCode());
        if (!e.fields().isEmpty()) {
            error.put("fields", e.fields());
        }
        return new ApiResponse(e.httpStatus(), List.of(error), Map.of());
    }
}
