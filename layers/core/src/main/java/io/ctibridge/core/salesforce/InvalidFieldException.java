package io.ctibridge.core.salesforce;

import java.util.List;

/** {@code INVALID_FIELD} or {@code INVALID_TYPE}: an object or field name the org does not have (or the user cannot see). */
public final class InvalidFieldException extends SalesforceApiException {

    public InvalidFieldException(int httpStatus, List<SalesforceError> errors) {
        super(httpStatus, errors);
    }
}
