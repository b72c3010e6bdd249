package io.ctibridge.core.calllog;

import io.ctibridge.core.calllog.CallLogOutcome.Result;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.Delivery;
import io.ctibridge.core.config.CallLog;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.contact.LookupResult;
import java.time.Duration;
import java.util.Optional;

/** A readable delivery with what it is about: the caller lookup's result, and the profile to log it by. */
record LoggableCall(Delivery.Readable delivery, Optional<LookupResult> lookup, Profile profile) {

    ContactRecord contact() {
        return delivery.contact();
    }

    CallLog config() {
        return profile.callLog();
    }

    String contactId() {
        return contact().contactId();
    }

    /** This call about {@code found}, when the stored lookup had no answer. */
    LoggableCall withLookup(LookupResult found) {
        return new LoggableCall(delivery, Optional.of(found), profile);
    }

    CallLogOutcome outcome(Result result, String detail) {
        return CallLogOutcome.of(delivery, contactId(), result, detail);
    }

    CallLogOutcome retry(String reason, Duration retryAfter) {
        return CallLogOutcome.retry(delivery, contactId(), reason, retryAfter);
    }
}
