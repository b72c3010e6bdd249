package io.ctibridge.core.salesforce.session;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * An access token and the instance it is valid for, as the token endpoint returned them. The token
 * never appears in {@link #toString()}.
 */
public record SalesforceSession(String accessToken, URI instanceUrl, Instant issuedAt) {

    public SalesforceSession {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(instanceUrl, "instanceUrl");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (accessToken.isBlank()) {
            throw new IllegalArgumentException("accessToken is blank");
        }
    }

    @Override
    public String toString() {
        return "SalesforceSession[instanceUrl=" + instanceUrl + ", issuedAt=" + issuedAt + ", accessToken=***]";
    }
}
