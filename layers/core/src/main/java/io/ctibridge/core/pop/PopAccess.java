package io.ctibridge.core.pop;

import java.util.Objects;

/** Whether a request may read a contact's pop, and if not, the HTTP answer that says why. */
public sealed interface PopAccess {

    /** The bearer token is genuine, fresh and minted for this contact. */
    record Granted() implements PopAccess {}

    /**
     * Refused before any contact data is read.
     *
     * @param status    401 (no usable token), 403 (another contact's token) or 503 (keys unreadable)
     * @param error     machine-readable code for the JSON body, e.g. {@code token_expired}
     * @param message   for the adapter's developer; says nothing about the token's content
     * @param challenge the {@code WWW-Authenticate} value (RFC 6750), or null
     * @param reason    for logs: the verdict or the header problem
     */
    record Refused(int status, String error, String message, String challenge, String reason) implements PopAccess {
        public Refused {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
