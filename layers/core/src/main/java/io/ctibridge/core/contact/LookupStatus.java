package io.ctibridge.core.contact;

/** Outcome of a caller lookup, as the contact flow sees it in {@code lookupStatus}. */
public enum LookupStatus {
    /** Exactly one record. */
    MATCH,
    /** Several records. */
    MULTIPLE,
    /** A valid number that no record has. */
    NONE,
    /** The caller hid the number, or the network passed a placeholder. */
    WITHHELD,
    /** Not a callable number. */
    INVALID,
    /** Salesforce or the deadline failed us. */
    UNAVAILABLE;

    /** Whether records were found, so the pop shows them; otherwise it offers a form to create one. */
    public boolean foundRecords() {
        return this == MATCH || this == MULTIPLE;
    }
}
