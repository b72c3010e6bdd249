package io.ctibridge.core.salesforce;

import java.util.List;

/** HTTP 403 {@code REQUEST_LIMIT_EXCEEDED}: the org's API request allowance is spent; it frees up over hours, not within a retry. */
public final class RequestLimitExceededException extends SalesforceApiException {

    public RequestLimitExceededException(int httpStatus, List<SalesforceError> errors) {
        super(httpStatus, errors);
    }
}
