package io.ctibridge.core.salesforce;

import java.util.List;

/**
 * Salesforce answered a REST call with an error status and body. The subtypes name the errors callers
 * react to; this class itself is the general case.
 *
 * <p>The exception message carries the status and error code but not Salesforce's own message text:
 * Salesforce echoes query text in it (MALFORMED_QUERY, INVALID_FIELD), and for this project query text
 * holds callers' phone numbers, which must never reach a log. Read {@link #errors()} for the details.
 */
public sealed class SalesforceApiException extends SalesforceException
        permits InvalidSessionException,
                RequestLimitExceededException,
                MalformedQueryException,
                InvalidFieldException,
                DuplicateValueException,
                UnableToLockRowException,
                ServiceUnavailableException {

    private final int httpStatus;
    private final List<SalesforceError> errors;

    public SalesforceApiException(int httpStatus, List<SalesforceError> errors) {
        super(describe(httpStatus, errors), null);
        this.httpStatus = httpStatus;
        this.errors = List.copyOf(errors);
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The first error's code, e.g. {@code MALFORMED_QUERY}; empty when the body had none. */
    public String errorCode() {
        return errors.isEmpty() ? "" : errors.getFirst().errorCode();
    }

    /** The first error's fields (may be empty). */
    public List<String> fields() {
        return errors.isEmpty() ? List.of() : errors.getFirst().fields();
    }

    /** Salesforce's message of the first error; may contain query text, so do not log it. */
    public String salesforceMessage() {
        return errors.isEmpty() ? "" : errors.getFirst().message();
    }

    public List<SalesforceError> errors() {
        return errors;
    }

    @Override
    public boolean retryable() {
        return false;
    }

    private static String describe(int httpStatus, List<SalesforceError> errors) {
        StringBuilder text = new StringBuilder("Salesforce answered HTTP ").append(httpStatus);
        if (!errors.isEmpty()) {
            SalesforceError first = errors.getFirst();
            text.append(' ').append(first.errorCode().isEmpty() ? "(no error code)" : first.errorCode());
            if (!first.fields().isEmpty()) {
                text.append(" fields=").append(first.fields());
            }
        }
        return text.toString();
    }
}
