package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

/**
 * Contact flow events for the harness: a sample event read once, through the Lambda runtime's own serializer,
 * then re-stamped for each call with a new ContactId (each lookup writes its own contact-state item, as in
 * production) and the scenario's caller number.
 *
 * <p>{@link #next} returns the same instance every time: the handler keeps no reference to an event, and
 * deserialising a fresh copy per call would cost more than the work being measured.
 */
public final class ContactFlowEvents {

    private final ConnectEvent event;

    private ContactFlowEvents(ConnectEvent event) {
        this.event = event;
    }

    public static ContactFlowEvents load(Path sampleEvent) {
        return new ContactFlowEvents(read(sampleEvent));
    }

    /** The event as Connect sent it, read by the same serializer the Lambda runtime uses. */
    public static ConnectEvent read(Path sampleEvent) {
        if (!Files.isReadable(sampleEvent)) {
            throw new IllegalArgumentException("sample event not readable: " + sampleEvent);
        }
        return EventLoader.loadEvent(sampleEvent.toAbsolutePath().toString(), ConnectEvent.class);
    }

    /** The event for a new contact from {@code callerId}. */
    public ConnectEvent next(String callerId) {
        Objects.requireNonNull(callerId, "callerId");
        ConnectEvent.ContactData contact = event.getDetails().getContactData();
        String contactId = UUID.randomUUID().toString();
        contact.setContactId(contactId);
        contact.setInitialContactId(contactId);
        contact.getCustomerEndpoint().setAddress(callerId);
        return event;
    }
}
