package io.ctibridge.emulator.error;

import java.util.List;

/**
 * A request-level failure answered with Salesforce's error body {@code [{"message","errorCode","fields"}]}.
 * Thrown anywhere below the HTTP layer; the router turns it into the response.
 */
public final class SalesforceException extends RuntimeException {
    private final int httpStatus;
    private final String errorCode;
    private final List<String> fields;

    public SalesforceException(int httpStatus, String errorCode, String message, List<String> fields) {
        super(message);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.fields = List.copyOf(fields);
    }

    public SalesforceException(int httpStatus, String errorCode, String message) {
        this(httpStatus, errorCode, message, List.of());
    }

    public static SalesforceException badRequest(String errorCode, String message) {
        return new SalesforceException(400, errorCode, message);
    }

    public static SalesforceException notFound() {
        return new SalesforceException(404, "NOT_FOUND", "The requested resource does not exist");
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String errorCode() {
        return errorCode;
    }

    public List<String> fields() {
        return fields;
    }
}
