package io.ctibridge.core.config;

/** What a find answers when several records match. */
public enum MultipleMatches {
    /** Status {@code MULTIPLE}, with the best-ranked record's id and fields, so the flow can ask again. */
    MULTIPLE,
    /** Status {@code FOUND} with the best-ranked record, as if it were the only one. */
    FIRST
}
