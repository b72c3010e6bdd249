package io.ctibridge.function.lookup;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.lookup.LookupRequest;
import io.ctibridge.core.operation.OperationRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the lookup request out of the contact flow's event. The caller ID is the customer endpoint's address
 * unless the flow passes the parameter {@code phoneNumber}; the profile is the parameter {@code profile}.
 * CustomerEndpoint, SystemEndpoint and Queue may be null (Connect leaves them out for some channels).
 */
final class ConnectEventReader {

    static final String PHONE_NUMBER_PARAMETER = "phoneNumber";
    static final String PROFILE_PARAMETER = "profile";
    /** Names a profile operation to run instead of the caller lookup. */
    static final String OPERATION_PARAMETER = "operation";

    /** The event lacks what a lookup needs; the message says what, for the log. */
    static final class MalformedEventException extends Exception {
        MalformedEventException(String message) {
            super(message);
        }
    }

    private ConnectEventReader() {}

    /** The operation the flow names with the parameter {@code operation}, if it names one. */
    static Optional<String> operation(ConnectEvent event) {
        if (event == null || event.getDetails() == null || event.getDetails().getParameters() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(parameter(event.getDetails().getParameters(), OPERATION_PARAMETER));
    }

    /** An operation request: the named operation with the block's parameters, the contact's attributes and call. */
    static OperationRequest readOperation(ConnectEvent event, String operation, Duration timeBudget)
            throws MalformedEventException {
        ConnectEvent.ContactData contact = contactData(event);
        Map<String, Object> raw = event.getDetails().getParameters();
        Map<String, String> parameters = new HashMap<>();
        raw.forEach((name, value) -> {
            String text = parameter(raw, name);
            if (text != null) {
                parameters.put(name, text);
            }
        });
        Map<String, String> attributes = new HashMap<>();
        if (contact.getAttributes() != null) {
            contact.getAttributes().forEach((name, value) -> {
                if (name != null && value != null) {
                    attributes.put(name, value);
                }
            });
        }
        String profile = parameters.getOrDefault(PROFILE_PARAMETER, Profile.DEFAULT_NAME);
        return new OperationRequest(
                contact.getContactId(),
                profile,
                operation,
                parameters,
                attributes,
                contact.getCustomerEndpoint() == null
                        ? null
                        : contact.getCustomerEndpoint().getAddress(),
                contact.getSystemEndpoint() == null
                        ? null
                        : contact.getSystemEndpoint().getAddress(),
                contact.getChannel(),
                contact.getQueue() == null ? null : contact.getQueue().getName(),
                timeBudget);
    }

    private static ConnectEvent.ContactData contactData(ConnectEvent event) throws MalformedEventException {
        if (event == null || event.getDetails() == null) {
            throw new MalformedEventException("event has no Details");
        }
        ConnectEvent.ContactData contact = event.getDetails().getContactData();
        if (contact == null) {
            throw new MalformedEventException("event has no Details.ContactData");
        }
        if (contact.getContactId() == null || contact.getContactId().isBlank()) {
            throw new MalformedEventException("event has no Details.ContactData.ContactId");
        }
        return contact;
    }

    static LookupRequest read(ConnectEvent event, Duration timeBudget) throws MalformedEventException {
        if (event == null || event.getDetails() == null) {
            throw new MalformedEventException("event has no Details");
        }
        ConnectEvent.ContactData contact = event.getDetails().getContactData();
        if (contact == null) {
            throw new MalformedEventException("event has no Details.ContactData");
        }
        if (contact.getContactId() == null || contact.getContactId().isBlank()) {
            throw new MalformedEventException("event has no Details.ContactData.ContactId");
        }
        Map<String, Object> parameters = event.getDetails().getParameters() == null
                ? Map.of()
                : event.getDetails().getParameters();
        String callerId = parameter(parameters, PHONE_NUMBER_PARAMETER);
        if (callerId == null && contact.getCustomerEndpoint() != null) {
            callerId = contact.getCustomerEndpoint().getAddress();
        }
        String dialed = contact.getSystemEndpoint() == null
                ? null
                : contact.getSystemEndpoint().getAddress();
        String profile = parameter(parameters, PROFILE_PARAMETER);
        return new LookupRequest(
                contact.getContactId(), callerId, dialed, profile == null ? Profile.DEFAULT_NAME : profile, timeBudget);
    }

    /** A parameter's text, or null when absent or blank; flows send strings, anything else is read as text. */
    private static String parameter(Map<String, Object> parameters, String name) {
        Object value = parameters.get(name);
        if (value == null || value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
