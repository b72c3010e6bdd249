package io.ctibridge.emulator.http;

import io.ctibridge.emulator.error.SalesforceException;
import io.ctibridge.emulator.write.RecordError;
import io.ctibridge.emulator.write.SaveResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of save outcomes: Collections' per-record results and single-record errors. */
final class SaveResults {
    private SaveResults() {}

    /** {@code {"id","success","errors":[{"statusCode","message","fields"}]}}; no id when a create failed. */
    static Map<String, Object> json(SaveResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (result.id() != null) {
            body.put("id", result.id());
        }
        body.put("success", result.success());
        body.put("errors", result.errors().stream().map(SaveResults::json).toList());
        return body;
    }

    private static Map<String, Object> json(RecordError error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", error.statusCode());
        body.put("message", error.message());
        body.put("fields", error.fields());
        return body;
    }

    /** A failed single-record write answers 400 with the request-error shape (errorCode, not statusCode). */
    static SalesforceException asException(SaveResult failed) {
        RecordError error = failed.errors().getFirst();
        return new SalesforceException(400, error.statusCode(), error.message(), error.fields());
    }

    static List<Map<String, Object>> json(List<SaveResult> results) {
        return results.stream().map(SaveResults::json).toList();
    }
}
