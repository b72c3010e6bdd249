package io.ctibridge.core.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * One field of the logged activity filled from the finished contact: {@code {"field": "CTI_Queue__c", "source":
 * "queue"}}. The field is an API name on the call log's object; the source a {@link MappingSource} spelling or
 * {@code attribute:<name>}. A value the contact does not have is left out, never written as null, so that a later
 * version of the contact never clears what an earlier one set.
 *
 * @param field     API name of the target field
 * @param source    what to copy, e.g. {@code queue}, {@code customerHoldSeconds}, {@code attribute:language}
 * @param maxLength longest text written (default {@value #DEFAULT_MAX_LENGTH}, a Text field's limit); text
 *                  sources are cut to it, ids and links that do not fit are left out
 */
public record FieldMapping(String field, String source, int maxLength) {

    /** The longest a Salesforce Text field takes; a Long Text Area takes up to {@value #MAX_MAX_LENGTH}. */
    public static final int DEFAULT_MAX_LENGTH = 255;

    public static final int MAX_MAX_LENGTH = 131_072;

    @JsonCreator
    static FieldMapping fromJson(
            @JsonProperty("field") String field,
            @JsonProperty("source") String source,
            @JsonProperty("maxLength") Integer maxLength) {
        return new FieldMapping(field, source, maxLength == null ? DEFAULT_MAX_LENGTH : maxLength);
    }

    public static FieldMapping of(String field, String source) {
        return new FieldMapping(field, source, DEFAULT_MAX_LENGTH);
    }

    /** The parsed source; empty when the profile names none the call log knows (the validator refuses those). */
    public Optional<MappingSource.Ref> sourceRef() {
        return MappingSource.parse(source);
    }
}
