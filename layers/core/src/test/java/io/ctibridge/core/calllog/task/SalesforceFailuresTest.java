package io.ctibridge.core.calllog.task;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.salesforce.InvalidFieldException;
import io.ctibridge.core.salesforce.RequestLimitExceededException;
import io.ctibridge.core.salesforce.SalesforceConnectionException;
import io.ctibridge.core.salesforce.SalesforceError;
import io.ctibridge.core.salesforce.SalesforceTimeoutException;
import io.ctibridge.core.salesforce.ServiceUnavailableException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalesforceFailuresTest {

    @Test
    void outcomeUnknown_whenTheRequestMayHaveReachedSalesforce_andNoAnswerSaidWhatItDid() {
        assertTrue(SalesforceFailures.outcomeUnknown(new SalesforceTimeoutException("timed out", null)));
        assertTrue(SalesforceFailures.outcomeUnknown(new SalesforceConnectionException("reset", null)));
        assertTrue(
                SalesforceFailures.outcomeUnknown(new ServiceUnavailableException(500, errors("UNKNOWN_EXCEPTION"))));
        assertTrue(SalesforceFailures.outcomeUnknown(new ServiceUnavailableException(504, errors("GATEWAY_TIMEOUT"))));
    }

    @Test
    void outcomeKnown_whenSalesforceSaidItDidNotServeTheRequest() {
        assertFalse(
                SalesforceFailures.outcomeUnknown(new ServiceUnavailableException(503, errors("SERVER_UNAVAILABLE"))));
        assertFalse(SalesforceFailures.outcomeUnknown(
                new RequestLimitExceededException(403, errors("REQUEST_LIMIT_EXCEEDED"))));
        assertFalse(SalesforceFailures.outcomeUnknown(new InvalidFieldException(400, errors("INVALID_FIELD"))));
    }

    private static List<SalesforceError> errors(String code) {
        return List.of(new SalesforceError(code, "message", List.of()));
    }
}
