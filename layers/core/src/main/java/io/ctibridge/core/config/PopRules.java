package io.ctibridge.core.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.ctibridge.core.contact.LookupStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The pop for each lookup status, written in a profile as an object keyed by status:
 * {@code {"MULTIPLE": {"action": "LIST"}}}. A status left out gets its default; a status set to {@code null} is
 * kept as such so that validation can refuse it (no status may leave the agent with a blank screen).
 */
public record PopRules(Map<LookupStatus, PopAction> actions) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PopRules {
        EnumMap<LookupStatus, PopAction> complete = new EnumMap<>(LookupStatus.class);
        for (LookupStatus status : LookupStatus.values()) {
            complete.put(
                    status, actions != null && actions.containsKey(status) ? actions.get(status) : defaultFor(status));
        }
        actions = Collections.unmodifiableMap(complete);
    }

    /** Every status at its default: the record, Salesforce search, else a New Contact form. */
    public static PopRules defaults() {
        return new PopRules(Map.of());
    }

    public static PopAction defaultFor(LookupStatus status) {
        return switch (status) {
            case MATCH -> new PopAction.OpenRecord();
            case MULTIPLE -> new PopAction.OpenSearch();
            case NONE, WITHHELD, INVALID, UNAVAILABLE -> PopAction.NewRecord.contact();
        };
    }

    /** Every status, in declaration order. */
    @Override
    @JsonValue
    public Map<LookupStatus, PopAction> actions() {
        return actions;
    }

    /** The configured action; never {@code null} in a validated profile. */
    public PopAction actionFor(LookupStatus status) {
        return actions.get(status);
    }
}
