package io.ctibridge.emulator.write;

import io.ctibridge.emulator.RecordStore;
import io.ctibridge.emulator.schema.SalesforceTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Salesforce rolls a completed Task up to the records it is about: their LastActivityDate becomes the Task's
 * ActivityDate (today when it has none) if that is later. Callers rank matches by "most recent activity", so
 * logging a call must move it as it does in a real org.
 */
final class ActivityRollup {
    private static final String CLOSED_STATUS = "Completed";

    private final RecordStore store;
    private final Clock clock;

    ActivityRollup(RecordStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void taskSaved(Map<String, Object> task) {
        if (!CLOSED_STATUS.equals(task.get("Status"))) {
            return;
        }
        String date = task.get("ActivityDate") instanceof String d
                ? d
                : SalesforceTime.format(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        for (String link : new String[] {"WhoId", "WhatId"}) {
            if (task.get(link) instanceof String relatedId) {
                rollUp(relatedId, date);
            }
        }
    }

    private void rollUp(String relatedId, String date) {
        boolean tracksActivity = store.schema()
                .objectForId(relatedId)
                .flatMap(o -> o.field("LastActivityDate"))
                .isPresent();
        if (!tracksActivity) {
            return;
        }
        store.get(relatedId).ifPresent(related -> {
            Object current = related.get("LastActivityDate");
            // Wire-format dates compare chronologically as text.
            if (current == null || date.compareTo(current.toString()) > 0) {
                store.update(
                        relatedId,
                        Map.of("LastActivityDate", date, "LastModifiedDate", related.get("LastModifiedDate")));
            }
        });
    }
}
