package io.ctibridge.local;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Contact flow events as Connect sends them to the lookup's "Invoke AWS Lambda function" block. */
public final class ConnectFlowEvents {

    /** The contact center's number the synthetic calls dial. */
    public static final String SYSTEM_NUMBER = "+18005550100";

    private ConnectFlowEvents() {}

    /** An inbound voice call from {@code callerId} with a fresh ContactId. */
    public static ConnectEvent inbound(String callerId, Map<String, Object> parameters) {
        String contactId = UUID.randomUUID().toString();
        ConnectEvent.ContactData contact = new ConnectEvent.ContactData();
        contact.setContactId(contactId);
        contact.setInitialContactId(contactId);
        contact.setChannel("VOICE");
        contact.setInitiationMethod("INBOUND");
        ConnectEvent.CustomerEndpoint customer = new ConnectEvent.CustomerEndpoint();
        customer.setAddress(callerId);
        customer.setType("TELEPHONE_NUMBER");
        contact.setCustomerEndpoint(customer);
        ConnectEvent.SystemEndpoint system = new ConnectEvent.SystemEndpoint();
        system.setAddress(SYSTEM_NUMBER);
        system.setType("TELEPHONE_NUMBER");
        contact.setSystemEndpoint(system);
        ConnectEvent.Details details = new ConnectEvent.Details();
        details.setContactData(contact);
        details.setParameters(new HashMap<>(parameters));
        ConnectEvent event = new ConnectEvent();
        event.setDetails(details);
        event.setName("ContactFlowEvent");
        return event;
    }
}
