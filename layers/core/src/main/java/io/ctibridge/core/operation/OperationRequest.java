package io.ctibridge.core.operation;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What the contact flow asks: run this operation of this profile for this contact.
 *
 * @param contactId    Amazon Connect ContactId (the operation's record is kept under it)
 * @param profileName  config profile
 * @param operation    the operation's name
 * @param parameters   the block's parameters as received (the operation reads only its declared inputs)
 * @param attributes   the contact's attributes
 * @param callerNumber the caller's address as received (for {@code ${call.callerNumber}}), may be null
 * @param dialedNumber the number dialled (SystemEndpoint), may be null
 * @param channel      VOICE, CHAT… may be null
 * @param queue        the queue's name, may be null
 * @param timeBudget   how long the caller of the operation can wait at most; the profile's deadline applies when
 *                     shorter
 */
public record OperationRequest(
        String contactId,
        String profileName,
        String operation,
        Map<String, String> parameters,
        Map<String, String> attributes,
        String callerNumber,
        String dialedNumber,
        String channel,
        String queue,
        Duration timeBudget) {

    public OperationRequest {
        if (contactId == null || contactId.isBlank()) {
            throw new IllegalArgumentException("contactId is required");
        }
        Objects.requireNonNull(profileName, "profileName");
        Objects.requireNonNull(operation, "operation");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        Objects.requireNonNull(timeBudget, "timeBudget");
    }
}
