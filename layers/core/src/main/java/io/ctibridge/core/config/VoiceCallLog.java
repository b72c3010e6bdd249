package io.ctibridge.core.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a call becomes a VoiceCall, for profiles whose {@code callLog.destination} is {@code VoiceCall} or {@code both}.
 *
 * @param callAttributes contact attribute → VoiceCall field API name: sent as the API's {@code callAttributes}
 *                       (a JSON object as a string, keyed by field), on the create and on the closing update
 * @param linkRelatedRecord set VoiceCall.RelatedRecordId to the caller lookup's match (a REST API update: the
 *                          Telephony Integration API does not take it); default true
 */
public record VoiceCallLog(Map<String, String> callAttributes, boolean linkRelatedRecord) {

    public VoiceCallLog {
        callAttributes =
                callAttributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(callAttributes));
    }

    @JsonCreator
    static VoiceCallLog fromJson(
            @JsonProperty("callAttributes") Map<String, String> callAttributes,
            @JsonProperty("linkRelatedRecord") Boolean linkRelatedRecord) {
        return new VoiceCallLog(callAttributes, linkRelatedRecord == null || linkRelatedRecord);
    }

    public static VoiceCallLog defaults() {
        return new VoiceCallLog(Map.of(), true);
    }
}
