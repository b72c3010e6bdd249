package io.ctibridge.core.salesforce;

import java.util.List;

/** HTTP 401 {@code INVALID_SESSION_ID} that a fresh token did not cure: the credentials no longer grant a session. */
public final class InvalidSessionException extends SalesforceApiException {

    public InvalidSessionException(int httpStatus, List<SalesforceError> errors) {
        super(httpStatus, errors);
    }
}
