package io.ctibridge.core.pop;

import io.ctibridge.core.config.Profile;
import java.util.Objects;

/**
 * A pop request that passed the token check.
 *
 * @param contactId    the canonical ContactId
 * @param callerNumber the caller ID the adapter sees on the contact, or null; used only when no lookup result is
 *                     stored, to run the lookup then
 * @param profileName  profile for that lookup (default {@code default}); a stored result keeps its own
 */
public record PopQuery(String contactId, String callerNumber, String profileName) {
    public PopQuery {
        Objects.requireNonNull(contactId, "contactId");
        callerNumber = callerNumber == null || callerNumber.isBlank() ? null : callerNumber.strip();
        profileName = profileName == null || profileName.isBlank() ? Profile.DEFAULT_NAME : profileName;
    }
}
