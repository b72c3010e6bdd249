package io.ctibridge.core.calllog.fields;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a finished contact gives the profile's field mappings, and its recording.
 *
 * @param values            field API name to value ({@link String}, {@link Integer} or {@link Boolean}), in the
 *                          profile's order; a mapping whose source the contact lacks is absent, never null
 * @param recordingUrl      the page where an agent plays the recording; empty when there is no available recording
 *                          or no instance alias
 * @param recordingLocation the available recording's S3 location ({@code bucket/connect/…}, no {@code s3://})
 */
public record MappedFields(
        Map<String, Object> values, Optional<String> recordingUrl, Optional<String> recordingLocation) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public MappedFields {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The values as a map, e.g. for a destination that takes them as its own fields. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** The values as one JSON object in a string: a VoiceCall's {@code callAttributes} takes them this way. */
    public String asJson() {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings, integers and booleans always serialize", e);
        }
    }
}
