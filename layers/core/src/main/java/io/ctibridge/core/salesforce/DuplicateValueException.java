package io.ctibridge.core.salesforce;

import java.util.List;

/** {@code DUPLICATE_VALUE} or {@code DUPLICATES_DETECTED}: a unique field or a duplicate rule blocked the write. */
public final class DuplicateValueException extends SalesforceApiException {

    public DuplicateValueException(int httpStatus, List<SalesforceError> errors) {
        super(httpStatus, errors);
    }
}
