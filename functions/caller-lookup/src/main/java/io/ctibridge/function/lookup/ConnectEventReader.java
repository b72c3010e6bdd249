package io.ctibridge.function.lookup;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.lookup.LookupRequest;
import java.time.Duration;
import java.util.Map;

/**
 * Reads the lookup request out of the contact flow's event. The caller ID is the customer endpoint's address
 * unless the flow passes the parameter {@code phoneNumber}; the profile is the parameter {@code profile}.
 * CustomerEndpoint, SystemEndpoint and Queue may be null (Connect leaves them out for some channels).
 */
final class ConnectEventReader {

    static final String PHONE_NUMBER_PARAMETER = "phoneNumber";
    static final String PROFILE_PARAMETER = "profile";

    /** The event lacks what a lookup needs; the message says what, for the log. */
    static final class MalformedEventException extends Exception {
        MalformedEventException(String message) {
            super(message);
        }
    }

    private ConnectEventReader() {}

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
