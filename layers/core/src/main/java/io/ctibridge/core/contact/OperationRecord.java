package io.ctibridge.core.contact;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one contact-flow operation of a contact did, stored under the contact for Connect's retries, the screen pop
 * and the call log.
 *
 * @param contactId  Amazon Connect ContactId
 * @param operation  the operation's name in the profile
 * @param state      {@link State#PENDING} while a create may be on its way to Salesforce, else {@link State#DONE}
 * @param attemptId  the invocation that claimed it (a create's claim), for a conditional hand-over
 * @param status     the answer's status name (FOUND, CREATED…); empty while pending
 * @param recordId   the record found, created or updated; empty when none
 * @param objectType its object, e.g. Case
 * @param fields     the returned fields as answered to the flow
 * @param settleBy   pending only: when an unanswered create can no longer land (its deadline plus a grace)
 * @param updatedAt  when this was written
 */
public record OperationRecord(
        String contactId,
        String operation,
        State state,
        String attemptId,
        String status,
        String recordId,
        String objectType,
        Map<String, String> fields,
        Instant settleBy,
        Instant updatedAt) {

    /** The attempt id of a claim given up by an attempt that knows nothing reached Salesforce. */
    public static final String RELEASED = "released";

    public enum State {
        PENDING,
        DONE
    }

    public OperationRecord {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(state, "state");
        attemptId = Objects.requireNonNullElse(attemptId, "");
        status = Objects.requireNonNullElse(status, "");
        recordId = Objects.requireNonNullElse(recordId, "");
        objectType = Objects.requireNonNullElse(objectType, "");
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        settleBy = Objects.requireNonNullElse(settleBy, Instant.EPOCH);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A create's claim, before anything was sent to Salesforce. */
    public static OperationRecord pending(
            String contactId, String operation, String attemptId, Instant settleBy, Instant now) {
        return new OperationRecord(contactId, operation, State.PENDING, attemptId, "", "", "", Map.of(), settleBy, now);
    }

    public boolean isDone() {
        return state == State.DONE;
    }

    /** A claim whose attempt failed before Salesforce could have written anything: free to take over at once. */
    public boolean isReleased() {
        return state == State.PENDING && RELEASED.equals(attemptId);
    }

    public boolean hasRecord() {
        return isDone() && !recordId.isEmpty();
    }
}
