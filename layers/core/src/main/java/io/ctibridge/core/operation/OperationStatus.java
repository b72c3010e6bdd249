package io.ctibridge.core.operation;

/** The {@code operationStatus} the flow branches on. */
public enum OperationStatus {
    /** A find matched one record (or several, with {@code onMultiple: FIRST}). */
    FOUND,
    /** A find matched nothing, or an update has no record to update. */
    NONE,
    /** A find matched several records; the best-ranked one is answered. */
    MULTIPLE,
    /** A create made its record, or a retry found the one the first attempt made. */
    CREATED,
    /** An update set its fields. */
    UPDATED,
    /** The flow named no such operation, or an input broke its rule; nothing was sent to Salesforce. */
    INVALID_INPUT,
    /** Salesforce failed, refused or was too slow, or is shed; the flow takes its fallback branch. */
    UNAVAILABLE
}
