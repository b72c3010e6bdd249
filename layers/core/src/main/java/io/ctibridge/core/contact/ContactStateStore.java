package io.ctibridge.core.contact;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where a lookup result waits, keyed by ContactId, for the screen pop and the call log. */
public interface ContactStateStore {

    /** Saves (or replaces: Connect may retry the lookup) the result of a contact, to expire after {@code ttl}. */
    void save(LookupResult result, Duration ttl);

    /** The saved result of a contact, unless none was saved or it has expired. */
    Optional<LookupResult> find(String contactId);

    /**
     * The finished contact-flow operations of a contact among {@code operations} that found, created or updated a
     * record, most recent first; none from a store that keeps only lookups.
     */
    default List<OperationRecord> operationRecords(String contactId, List<String> operations) {
        return List.of();
    }
}
