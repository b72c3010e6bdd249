package io.ctibridge.core.contact;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one caller lookup: what the flow is told, what the screen pop and the call log read later.
 *
 * @param contactId    Amazon Connect ContactId
 * @param profile      the config profile used
 * @param status       the lookup status
 * @param callerNumber E.164 of the caller, "" when withheld or invalid
 * @param matches      ranked matches, best first, capped by the profile's maxMatches
 * @param detail       why the status is what it is, for logs and support (never contains the full number)
 * @param lookedUpAt   when the lookup finished
 */
public record LookupResult(
        String contactId,
        String profile,
        LookupStatus status,
        String callerNumber,
        List<CallerMatch> matches,
        String detail,
        Instant lookedUpAt) {
    public LookupResult {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(status, "status");
        callerNumber = Objects.requireNonNullElse(callerNumber, "");
        matches = List.copyOf(matches);
        detail = Objects.requireNonNullElse(detail, "");
        Objects.requireNonNull(lookedUpAt, "lookedUpAt");
    }

    /** The best-ranked match, if any. */
    public java.util.Optional<CallerMatch> best() {
        return matches.stream().findFirst();
    }
}
