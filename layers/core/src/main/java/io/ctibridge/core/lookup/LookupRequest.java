package io.ctibridge.core.lookup;

import java.time.Duration;
import java.util.Objects;

/**
 * What the contact flow asks: who is calling on this contact.
 *
 * @param contactId    Amazon Connect ContactId (required: results are stored under it)
 * @param callerId     the caller ID as received, possibly empty, "anonymous" or junk
 * @param dialedNumber the number the customer dialled (SystemEndpoint), may be null
 * @param profileName  config profile to use
 * @param timeBudget   how long the caller of the lookup can wait at most (e.g. Lambda's remaining time less a
 *                     margin); the profile's deadline applies when it is shorter
 */
public record LookupRequest(
        String contactId, String callerId, String dialedNumber, String profileName, Duration timeBudget) {
    public LookupRequest {
        if (contactId == null || contactId.isBlank()) {
            throw new IllegalArgumentException("contactId is required");
        }
        Objects.requireNonNull(profileName, "profileName");
        Objects.requireNonNull(timeBudget, "timeBudget");
    }
}
