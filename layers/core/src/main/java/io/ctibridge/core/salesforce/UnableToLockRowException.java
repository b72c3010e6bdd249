package io.ctibridge.core.salesforce;

import java.util.List;

/** {@code UNABLE_TO_LOCK_ROW}: another transaction held the record (common when Tasks are inserted under load); retry it. */
public final class UnableToLockRowException extends SalesforceApiException {

    public UnableToLockRowException(int httpStatus, List<SalesforceError> errors) {
        super(httpStatus, errors);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
