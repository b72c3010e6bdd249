package io.ctibridge.core.salesforce.session;

import io.ctibridge.core.time.Deadline;

/** Obtains a new session from Salesforce's token endpoint (one OAuth grant per call). */
@FunctionalInterface
public interface Authenticator {

    /**
     * @throws io.ctibridge.core.salesforce.SalesforceAuthException when the grant is refused
     * @throws io.ctibridge.core.salesforce.SalesforceTimeoutException when {@code deadline} passes first
     */
    SalesforceSession authenticate(Deadline deadline);
}
