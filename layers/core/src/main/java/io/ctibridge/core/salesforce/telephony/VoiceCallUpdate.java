package io.ctibridge.core.salesforce.telephony;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code PATCH /voiceCalls/{id}}: every field optional, null ones left out. Durations in seconds.
 * {@code isActiveCall} false (the API's default) closes the call.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoiceCallUpdate(
        String startTime,
        String endTime,
        String enqueueTime,
        String acceptTime,
        String fromNumber,
        Long totalHoldDuration,
        Long longestHoldDuration,
        Long numberOfHolds,
        String queue,
        String agent,
        Long agentInteractionDuration,
        String callOrigin,
        String recordingLocation,
        Long totalRecordingDuration,
        String callAttributes,
        Boolean isActiveCall,
        DisconnectReason disconnectReason) {

    /** recordingLocation holds at most this many characters. */
    public static final int MAX_RECORDING_LOCATION = 1000;

    public VoiceCallUpdate {
        if (recordingLocation != null && recordingLocation.length() > MAX_RECORDING_LOCATION) {
            throw new IllegalArgumentException("recordingLocation is longer than " + MAX_RECORDING_LOCATION);
        }
    }

    /** Why the call ended; {@code isError} when it ended on a failure rather than a hang-up. */
    public record DisconnectReason(String value, boolean isError) {}
}
