package io.ctibridge.function.contactevent;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the call log reads from an "Amazon Connect Contact Event": which contact, of which instance, on which
 * channel, and what happened to it.
 */
record ContactEvent(
        String eventId,
        String eventType,
        String contactId,
        String initialContactId,
        String previousContactId,
        String channel,
        String instanceArn) {

    static final String DISCONNECTED = "DISCONNECTED";

    ContactEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(contactId, "contactId");
        eventType = Objects.requireNonNullElse(eventType, "");
        channel = Objects.requireNonNullElse(channel, "");
    }

    boolean disconnected() {
        return DISCONNECTED.equalsIgnoreCase(eventType);
    }

    /** Where the caller lookup may have stored its result, as {@code ContactRecord.lookupKeys()} orders them. */
    List<String> lookupKeys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(contactId);
        if (previousContactId != null) {
            keys.add(previousContactId);
        }
        if (initialContactId != null) {
            keys.add(initialContactId);
        }
        return List.copyOf(keys);
    }
}
