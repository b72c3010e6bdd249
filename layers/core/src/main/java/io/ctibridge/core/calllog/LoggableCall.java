package io.ctibridge.core.calllog;

import io.ctibridge.core.calllog.CallLogOutcome.Result;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.Delivery;
import io.ctibridge.core.config.CallLog;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.contact.LookupResult;
import java.time.Duration;
import java.util.Optional;

/**
 * A readable delivery with what it is about: the caller lookup's result, the profile to log it by, and the record a
 * contact-flow operation relates its Task to, if any.
 */
record LoggableCall(
        Delivery.Readable delivery, Optional<LookupResult> lookup, Profile profile, Optional<String> relatedRecordId) {

    /** A call no contact-flow operation relates the Task to. */
    LoggableCall(Delivery.Readable delivery, Optional<LookupResult> lookup, Profile profile) {
        this(delivery, lookup, profile, Optional.empty());
    }

    /** The same call, its Task related (WhatId) to the record a {@code relateCallLog} operation found or created. */
    LoggableCall relatedTo(Optional<String> recordId) {
        return new LoggableCall(delivery, lookup, profile, recordId);
    }

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
        return new LoggableCall(delivery, Optional.of(found), profile, relatedRecordId);
    }

    CallLogOutcome outcome(Result result, String detail) {
        return CallLogOutcome.of(delivery, contactId(), result, detail);
    }

    CallLogOutcome retry(String reason, Duration retryAfter) {
        return CallLogOutcome.retry(delivery, contactId(), reason, retryAfter);
    }
}
