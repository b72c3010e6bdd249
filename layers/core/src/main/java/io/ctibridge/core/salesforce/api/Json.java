package io.ctibridge.core.salesforce.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The mapper for Salesforce's wire format; configured once here and never changed afterwards. */
final class Json {

    /**
     * Dates go out as ISO-8601 text ({@code 2026-01-31}, {@code 2026-01-31T10:15:30Z}), which is what
     * Salesforce's date and dateTime fields accept; unknown properties in answers are ignored because
     * Salesforce adds fields across API versions.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {}
}
