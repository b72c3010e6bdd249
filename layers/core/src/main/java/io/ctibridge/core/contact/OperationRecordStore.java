package io.ctibridge.core.contact;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where the contact-flow operations of a contact leave what they did, keyed by ContactId and operation name: the
 * claim that makes a create happen once under Connect's retries, and the record the pop and the call log may use.
 */
public interface OperationRecordStore {

    /**
     * Claims the operation for this attempt, unless a record of it exists.
     *
     * @return empty when claimed; else the record already there (pending or done), untouched
     */
    Optional<OperationRecord> claim(OperationRecord pending, Duration ttl);

    /** Hands a pending claim from the attempt that made it to {@code pending}'s attempt; false if it changed since. */
    boolean takeOver(String previousAttemptId, OperationRecord pending, Duration ttl);

    /** Gives up a pending claim of this attempt (nothing reached Salesforce); a done record is never touched. */
    void release(String contactId, String operation, String attemptId);

    /** Saves (or replaces) a finished operation. */
    void save(OperationRecord done, Duration ttl);

    Optional<OperationRecord> find(String contactId, String operation);

    /** The finished records of these operations of a contact, in the order of {@code operations}. */
    default List<OperationRecord> findDone(String contactId, List<String> operations) {
        return operations.stream()
                .map(name -> find(contactId, name))
                .flatMap(Optional::stream)
                .filter(OperationRecord::isDone)
                .toList();
    }
}
