package io.ctibridge.core.calllog.ledger;

/** Where a contact stands in the call-log ledger. */
public enum LedgerState {
    /** A delivery claimed the contact and may have created its Task: whoever takes over checks Salesforce first. */
    PENDING,
    /** The Task exists; its Id and the version it was written from are recorded. */
    DONE,
    /** Salesforce refused the Task for good; the record went to the dead-letter queue. No Task exists. */
    REJECTED
}
