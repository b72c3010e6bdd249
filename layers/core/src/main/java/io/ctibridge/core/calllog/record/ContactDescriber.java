package io.ctibridge.core.calllog.record;

import java.util.Optional;

/**
 * Completes a contact event with what Amazon Connect knows of the contact (DescribeContact): timestamps, agent,
 * queue, attributes. The event alone says little more than "this contact ended".
 */
public interface ContactDescriber {

    /**
     * The contact as a record of source {@link RecordSource#CONTACT_EVENT}.
     *
     * @param instanceArn the Connect instance's ARN, as the event names it
     * @return empty when Connect does not know the contact
     * @throws RuntimeException when Connect could not be asked (throttled, unavailable): try again later
     */
    Optional<ContactRecord> describe(String instanceArn, String contactId);
}
