package io.ctibridge.core.config;

/** Amazon Connect channels a profile can log calls for. */
public enum ContactChannel {
    VOICE,
    CHAT,
    TASK,
    EMAIL;

    /** Connect spells channels differently across its APIs ("VOICE", "Voice"): compare without case. */
    public boolean matches(String connectChannel) {
        return name().equalsIgnoreCase(connectChannel);
    }
}
