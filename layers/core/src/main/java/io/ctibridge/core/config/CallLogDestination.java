package io.ctibridge.core.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a profile logs its calls: a Task (Open CTI's activity, the default), a VoiceCall through the Telephony
 * Integration API (Salesforce Voice with Partner Telephony), or both, while an org moves from one to the other.
 */
public enum CallLogDestination {
    TASK("Task"),
    VOICE_CALL("VoiceCall"),
    BOTH("both");

    private final String spelling;

    CallLogDestination(String spelling) {
        this.spelling = spelling;
    }

    /** As a profile writes it. */
    public String spelling() {
        return spelling;
    }

    public boolean writesTask() {
        return this != VOICE_CALL;
    }

    public boolean writesVoiceCall() {
        return this != TASK;
    }

    /** The destination a profile names, exactly as spelled; empty for anything else. */
    public static Optional<CallLogDestination> of(String spelling) {
        return Arrays.stream(values()).filter(d -> d.spelling.equals(spelling)).findFirst();
    }
}
