package io.ctibridge.core.calllog.record;

import java.util.Locale;

/**
 * The Task's CallType, from the contact's InitiationMethod. Transfers are legs handed over inside the contact
 * center: they are Internal, so that a report counting Inbound calls counts a transferred call once.
 */
public enum CallDirection {
    INBOUND("Inbound"),
    OUTBOUND("Outbound"),
    INTERNAL("Internal");

    private final String callType;

    CallDirection(String callType) {
        this.callType = callType;
    }

    /** The value of Task.CallType, a restricted picklist: Inbound, Internal or Outbound. */
    public String callType() {
        return callType;
    }

    /**
     * INBOUND and WEBRTC_API (in-app calling) are the customer calling; OUTBOUND, CALLBACK, API
     * (StartOutboundVoiceContact), EXTERNAL_OUTBOUND and AGENT_REPLY are the contact center calling;
     * TRANSFER, QUEUE_TRANSFER and MONITOR stay inside it. Values Connect adds later count as inbound,
     * the common case, rather than failing the call log.
     */
    public static CallDirection of(String initiationMethod) {
        String method = initiationMethod == null ? "" : initiationMethod.strip().toUpperCase(Locale.ROOT);
        return switch (method) {
            case "OUTBOUND", "CALLBACK", "API", "EXTERNAL_OUTBOUND", "AGENT_REPLY" -> OUTBOUND;
            case "TRANSFER", "QUEUE_TRANSFER", "MONITOR" -> INTERNAL;
            default -> INBOUND;
        };
    }
}
