package io.ctibridge.core.salesforce;

/**
 * The OAuth token endpoint refused to issue a session: {@code {"error","error_description"}}, e.g.
 * {@code invalid_grant} (user not pre-authorised, bad signature, expired assertion) or {@code invalid_client}.
 * Sending the same grant again will not help.
 *
 * @see <a href="https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flow_errors.htm">OAuth error codes</a>
 */
public final class SalesforceAuthException extends SalesforceException {

    private final int httpStatus;
    private final String error;
    private final String errorDescription;

    public SalesforceAuthException(int httpStatus, String error, String errorDescription) {
        super(
                "Salesforce token request refused: HTTP " + httpStatus + " " + error
                        + (errorDescription.isEmpty() ? "" : " (" + errorDescription + ")"),
                null);
        this.httpStatus = httpStatus;
        this.error = error;
        this.errorDescription = errorDescription;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The OAuth {@code error} code, e.g. {@code invalid_grant}. */
    public String error() {
        return error;
    }

    public String errorDescription() {
        return errorDescription;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
