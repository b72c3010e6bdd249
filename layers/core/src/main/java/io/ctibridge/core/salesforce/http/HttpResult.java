package io.ctibridge.core.salesforce.http;

/** A response read to the end: status and body text. */
public record HttpResult(int status, String body) {

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }
}
