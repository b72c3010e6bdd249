package io.ctibridge.cli.calllog;

import io.ctibridge.core.calllog.record.ContactDescriber;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.ContactRecordParser;
import io.ctibridge.core.calllog.record.MalformedContactRecordException;
import io.ctibridge.core.calllog.record.RecordSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Amazon Connect's DescribeContact for the local server, which has no Connect (moto has no Connect API): it knows
 * the contacts whose contact records were posted to this server, the latest version of each, and nothing else, as
 * a Connect instance knows only its own contacts. The instance ARN is not checked: there is one local instance.
 */
public final class PostedContactRecords implements ContactDescriber {

    private final ContactRecordParser parser = new ContactRecordParser();
    private final Map<String, ContactRecord> byContactId = new ConcurrentHashMap<>();

    /** Remembers a posted record; bytes that are not a contact record are the call logger's business, not ours. */
    public void remember(byte[] contactRecord) {
        ContactRecord record;
        try {
            record = parser.parse(contactRecord);
        } catch (MalformedContactRecordException e) {
            return;
        }
        byContactId.merge(
                record.contactId(),
                record,
                (known, posted) -> posted.lastUpdateTimestamp().isBefore(known.lastUpdateTimestamp()) ? known : posted);
    }

    /** The contact as DescribeContact would answer it: a record of source {@link RecordSource#CONTACT_EVENT}. */
    @Override
    public Optional<ContactRecord> describe(String instanceArn, String contactId) {
        return Optional.ofNullable(byContactId.get(contactId)).map(r -> r.withSource(RecordSource.CONTACT_EVENT));
    }
}
