package io.ctibridge.core.salesforce;

import java.util.List;

/** {@code MALFORMED_QUERY}, {@code MALFORMED_SEARCH} or {@code INVALID_SEARCH}: the SOQL or SOSL text was rejected. */
public final class MalformedQueryException extends SalesforceApiException {

    public MalformedQueryException(int httpStatus, List<SalesforceError> errors) {
        super(httpStatus, errors);
    }
}
