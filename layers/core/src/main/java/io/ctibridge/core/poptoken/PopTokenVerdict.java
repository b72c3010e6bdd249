package io.ctibridge.core.poptoken;

/** The outcome of checking a pop token against the contact it is presented for. */
public enum PopTokenVerdict {
    VALID,
    /** Missing, not in our format, or unknown version: 401. */
    MALFORMED,
    /** Signature does not verify, or signed with a key we do not have: 401. */
    FORGED,
    /** Genuine but past its expiry: 401. */
    EXPIRED,
    /** Genuine and fresh, but minted for a different contact: 403. */
    OTHER_CONTACT
}
