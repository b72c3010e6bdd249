package io.ctibridge.core.salesforce;

/**
 * The client's configuration is unusable: a credentials secret missing a key, a private key that is not
 * PKCS#8 PEM, a malformed URL or API version. Messages name the problem, never a secret's value.
 */
public final class SalesforceConfigException extends SalesforceException {

    public SalesforceConfigException(String message) {
        super(message, null);
    }

    public SalesforceConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
