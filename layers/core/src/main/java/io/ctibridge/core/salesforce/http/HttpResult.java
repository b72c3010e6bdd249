package io.ctibridge.core.salesforce.http;

import java.util.Objects;

/**
 * A response read to the end: status, body text, and Salesforce's {@code Sforce-Limit-Info} header ("" when the
 * answer had none), which reports the org's API usage on every REST answer.
 */
public record HttpResult(int status, String body, String limitInfo) {

    public HttpResult {
        limitInfo = Objects.requireNonNullElse(limitInfo, "");
    }

    public HttpResult(int status, String body) {
        this(status, body, "");
    }

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }
}
