package io.ctibridge.core.calllog.record;

import java.time.Instant;
import java.util.Objects;

/**
 * Which version of a contact a Task was written from. Connect sends a contact record again when the contact
 * changes, with a later {@code LastUpdateTimestamp}; an event-based record is only a first draft.
 */
public record RecordVersion(Instant lastUpdate, RecordSource source) {

    public RecordVersion {
        Objects.requireNonNull(lastUpdate, "lastUpdate");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Whether a Task written from {@code logged} should be rewritten from this version. Only contact records
     * rewrite: the first one after an event-based draft always (it is the fuller account of the same contact),
     * later ones when they are newer. Events never rewrite anything, since they lack what the records carry.
     */
    public boolean supersedes(RecordVersion logged) {
        if (source != RecordSource.CONTACT_RECORD) {
            return false;
        }
        return logged.source == RecordSource.CONTACT_EVENT || lastUpdate.isAfter(logged.lastUpdate);
    }

    /** Whether this is a newer account of the contact than {@code other}, whatever the sources. */
    public boolean isNewerThan(RecordVersion other) {
        return lastUpdate.isAfter(other.lastUpdate)
                || (lastUpdate.equals(other.lastUpdate)
                        && source == RecordSource.CONTACT_RECORD
                        && other.source == RecordSource.CONTACT_EVENT);
    }
}
