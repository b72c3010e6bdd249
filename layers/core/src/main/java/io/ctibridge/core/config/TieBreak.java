package io.ctibridge.core.config;

/** How to order matches that object and phone-field priority leave equal: most recent first. */
public enum TieBreak {
    LAST_MODIFIED("LastModifiedDate"),
    LAST_ACTIVITY("LastActivityDate"),
    CREATED("CreatedDate");

    private final String salesforceField;

    TieBreak(String salesforceField) {
        this.salesforceField = salesforceField;
    }

    /** The standard field holding the date compared, present on Contact, Lead and Account. */
    public String salesforceField() {
        return salesforceField;
    }
}
