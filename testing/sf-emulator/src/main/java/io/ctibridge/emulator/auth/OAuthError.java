package io.ctibridge.emulator.auth;

/** An OAuth failure, answered as {@code {"error","error_description"}} with HTTP 400. */
final class OAuthError extends RuntimeException {
    private final String error;

    OAuthError(String error, String description) {
        super(description);
        this.error = error;
    }

    String error() {
        return error;
    }
}
