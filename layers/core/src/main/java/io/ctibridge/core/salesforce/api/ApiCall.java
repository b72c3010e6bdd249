package io.ctibridge.core.salesforce.api;

import java.util.Map;

/**
 * One REST call relative to the instance URL. {@code idempotent} calls may be resent by the HTTP
 * client when a pooled connection turns out dead; writes may not, or a record could be written twice.
 */
record ApiCall(
        String method,
        String path,
        Map<String, String> query,
        Map<String, String> headers,
        Object body,
        boolean idempotent) {

    static ApiCall get(String path, Map<String, String> query, Map<String, String> headers) {
        return new ApiCall("GET", path, query, headers, null, true);
    }

    /** A POST that only reads (parameterizedSearch), so it is as safe to resend as a GET. */
    static ApiCall readingPost(String path, Object body) {
        return new ApiCall("POST", path, Map.of(), Map.of(), body, true);
    }

    static ApiCall write(String method, String path, Object body) {
        return new ApiCall(method, path, Map.of(), Map.of(), body, false);
    }
}
