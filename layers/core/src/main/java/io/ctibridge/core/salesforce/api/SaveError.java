package io.ctibridge.core.salesforce.api;

import java.util.List;
import java.util.Set;

/** Why one record of a write failed: {@code {"statusCode","message","fields"}}. */
public record SaveError(String statusCode, String message, List<String> fields) {

    // Failures that depend on timing, not on the record: the same record may succeed on another try.
    private static final Set<String> TRANSIENT =
            Set.of("UNABLE_TO_LOCK_ROW", "SERVER_UNAVAILABLE", "REQUEST_RUNNING_TOO_LONG");

    public SaveError {
        statusCode = statusCode == null ? "" : statusCode;
        message = message == null ? "" : message;
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public boolean retryable() {
        return TRANSIENT.contains(statusCode);
    }
}
