package io.ctibridge.emulator.http;

import io.ctibridge.emulator.error.SalesforceException;

/** Errors shared by the resources. */
final class Routes {
    private Routes() {}

    static SalesforceException methodNotAllowed(ApiRequest request, String allowed) {
        return new SalesforceException(
                405,
                "METHOD_NOT_ALLOWED",
                "HTTP Method '" + request.method() + "' not allowed. Allowed are " + allowed);
    }
}
