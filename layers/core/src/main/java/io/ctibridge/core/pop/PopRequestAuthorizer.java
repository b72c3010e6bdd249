package io.ctibridge.core.pop;

import io.ctibridge.core.poptoken.PopTokenService;
import io.ctibridge.core.poptoken.PopTokenVerdict;
import java.util.Objects;

/**
 * Checks the {@code Authorization: Bearer <popToken>} header of a pop request (RFC 6750) against the contact asked
 * for. The token is the only key to a contact's pop, so every refusal happens before any contact data is read.
 */
public final class PopRequestAuthorizer {

    static final String REALM = "ctibridge-pop";
    private static final String SCHEME = "Bearer";
    private static final String NO_TOKEN_CHALLENGE = "Bearer realm=\"" + REALM + "\"";

    private final PopTokenService tokens;

    public PopRequestAuthorizer(PopTokenService tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /**
     * @param authorization the Authorization header's value, or null when absent
     * @param contactId     the canonical ContactId of the request
     */
    public PopAccess authorize(String authorization, String contactId) {
        String header = authorization == null ? "" : authorization.strip();
        if (header.isEmpty()) {
            return noToken("send the pop token as 'Authorization: Bearer <popToken>'", "NO_HEADER");
        }
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String token = space < 0 ? "" : header.substring(space + 1).strip();
        // The scheme is case-insensitive (RFC 7235); anything but Bearer carries no pop token.
        if (!scheme.equalsIgnoreCase(SCHEME)) {
            return noToken("the Authorization header must use the Bearer scheme", "NOT_BEARER");
        }
        if (token.isEmpty()) {
            return noToken("the Bearer token is empty", "EMPTY_TOKEN");
        }
        PopTokenVerdict verdict;
        try {
            verdict = tokens.verify(token, contactId);
        } catch (RuntimeException keysUnreadable) {
            // Secrets Manager unreachable on a cold start: a retry may succeed, the token may well be fine.
            return new PopAccess.Refused(
                    503,
                    "token_check_unavailable",
                    "the token cannot be checked right now; retry shortly",
                    null,
                    "KEYS_UNAVAILABLE");
        }
        return switch (verdict) {
            case VALID -> new PopAccess.Granted();
            case MALFORMED, FORGED -> invalid("invalid_token", "the token is not valid", verdict);
            case EXPIRED -> invalid("token_expired", "the token has expired", verdict);
            case OTHER_CONTACT ->
                new PopAccess.Refused(
                        403,
                        "wrong_contact",
                        "the token is for another contact",
                        challenge("insufficient_scope", "the token is for another contact"),
                        verdict.name());
        };
    }

    private static PopAccess.Refused noToken(String message, String reason) {
        // RFC 6750 section 3.1: a request without credentials gets the challenge without an error code.
        return new PopAccess.Refused(401, "missing_token", message, NO_TOKEN_CHALLENGE, reason);
    }

    private static PopAccess.Refused invalid(String error, String message, PopTokenVerdict verdict) {
        return new PopAccess.Refused(401, error, message, challenge("invalid_token", message), verdict.name());
    }

    private static String challenge(String error, String description) {
        return NO_TOKEN_CHALLENGE + ", error=\"" + error + "\", error_description=\"" + description + "\"";
    }
}
