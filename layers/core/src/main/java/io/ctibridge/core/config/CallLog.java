package io.ctibridge.core.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a finished call becomes a Salesforce activity.
 *
 * @param object               object written (default {@code Task})
 * @param status               Task Status; picklist values are org-specific (default {@code Completed})
 * @param priority             Task Priority (default {@code Normal})
 * @param subjectInbound       subject of inbound calls; {@value #CALLER_PLACEHOLDER} becomes the number
 * @param subjectOutbound      subject of outbound calls, same placeholder
 * @param maskNumberInSubject  write the number masked ({@code +1415*****23}) in subjects
 * @param dispositionAttribute contact attribute holding the agent's disposition; {@code null} uses the
 *                             disconnect reason
 * @param logAbandoned         log calls that never reached an agent (disposition {@code Abandoned})
 * @param channels             channels logged (default voice only)
 * @param ownerMapping         how OwnerId is chosen
 * @param extraFields          more fields set on every activity, by API name
 * @param fieldMappings        fields filled from the contact: queue, agent, holds, recording… (none by default)
 * @param contactLens          which Contact Lens post-call insights land in which fields (off by default)
 * @param destination          {@code Task} (default), {@code VoiceCall} or {@code both}, as written; validated by
 *                             the profile check, read through {@link #destinationKind()}
 * @param voiceCall            how a VoiceCall is written, for the VoiceCall destinations
 */
public record CallLog(
        String object,
        String status,
        String priority,
        String subjectInbound,
        String subjectOutbound,
        boolean maskNumberInSubject,
        String dispositionAttribute,
        boolean logAbandoned,
        List<ContactChannel> channels,
        OwnerMapping ownerMapping,
        Map<String, ScalarValue> extraFields,
        List<FieldMapping> fieldMappings,
        ContactLens contactLens,
        String destination,
        VoiceCallLog voiceCall) {

    public static final String CALLER_PLACEHOLDER = "{caller}";

    /**
     * The fields the call logger sets itself from the contact record, on create and on update; a profile's
     * {@code extraFields} cannot override them.
     */
    public static final List<String> WRITTEN_FIELDS = List.of(
            "Subject",
            "Status",
            "Priority",
            "Type",
            "CallType",
            "CallDurationInSeconds",
            "CallObject",
            "CallDisposition",
            "ActivityDate",
            "Description",
            "WhoId",
            "WhatId",
            "OwnerId");

    /** Set on create only: Salesforce does not let it change afterwards. */
    public static final String CREATE_ONLY_FIELD = "TaskSubtype";

    public CallLog {
        object = object == null ? "Task" : object;
        status = status == null ? "Completed" : status;
        priority = priority == null ? "Normal" : priority;
        subjectInbound = subjectInbound == null ? "Inbound call from " + CALLER_PLACEHOLDER : subjectInbound;
        subjectOutbound = subjectOutbound == null ? "Outbound call to " + CALLER_PLACEHOLDER : subjectOutbound;
        channels = channels == null ? List.of(ContactChannel.VOICE) : List.copyOf(channels);
        ownerMapping = ownerMapping == null ? OwnerMapping.defaults() : ownerMapping;
        extraFields = extraFields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extraFields));
        fieldMappings = fieldMappings == null ? List.of() : List.copyOf(fieldMappings);
        contactLens = contactLens == null ? ContactLens.disabled() : contactLens;
        destination = destination == null ? CallLogDestination.TASK.spelling() : destination;
        voiceCall = voiceCall == null ? VoiceCallLog.defaults() : voiceCall;
    }

    /** The same call log with these field mappings. */
    public CallLog withFieldMappings(List<FieldMapping> mappings) {
        return new CallLog(
                object,
                status,
                priority,
                subjectInbound,
                subjectOutbound,
                maskNumberInSubject,
                dispositionAttribute,
                logAbandoned,
                channels,
                ownerMapping,
                extraFields,
                mappings,
                contactLens,
                destination,
                voiceCall);
    }

    /** Whether a mapping takes the recording link, so that it need not go into the Description. */
    public boolean mapsRecordingUrl() {
        return fieldMappings.stream()
                .anyMatch(m -> m.sourceRef()
                        .filter(ref -> ref.source() == MappingSource.RECORDING_URL)
                        .isPresent());
    }

    /** Where calls go; a profile that passed the check always names one of the three. */
    public CallLogDestination destinationKind() {
        return CallLogDestination.of(destination)
                .orElseThrow(() -> new IllegalStateException("callLog.destination " + destination + " is not valid"));
    }

    /** Reads a profile's {@code callLog}: absent settings take their defaults. */
    @JsonCreator
    static CallLog fromJson(
            @JsonProperty("object") String object,
            @JsonProperty("status") String status,
            @JsonProperty("priority") String priority,
            @JsonProperty("subjectInbound") String subjectInbound,
            @JsonProperty("subjectOutbound") String subjectOutbound,
            @JsonProperty("maskNumberInSubject") Boolean maskNumberInSubject,
            @JsonProperty("dispositionAttribute") String dispositionAttribute,
            @JsonProperty("logAbandoned") Boolean logAbandoned,
            @JsonProperty("channels") List<ContactChannel> channels,
            @JsonProperty("ownerMapping") OwnerMapping ownerMapping,
            @JsonProperty("extraFields") Map<String, ScalarValue> extraFields,
            @JsonProperty("fieldMappings") List<FieldMapping> fieldMappings,
            @JsonProperty("contactLens") ContactLens contactLens,
            @JsonProperty("destination") String destination,
            @JsonProperty("voiceCall") VoiceCallLog voiceCall) {
        return new CallLog(
                object,
                status,
                priority,
                subjectInbound,
                subjectOutbound,
                maskNumberInSubject != null && maskNumberInSubject,
                dispositionAttribute,
                logAbandoned == null || logAbandoned,
                channels,
                ownerMapping,
                extraFields,
                fieldMappings,
                contactLens,
                destination,
                voiceCall);
    }

    public static CallLog defaults() {
        return fromJson(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether calls of this Connect channel are logged, whatever its spelling. */
    public boolean logsChannel(String connectChannel) {
        return channels.stream().anyMatch(channel -> channel.matches(connectChannel));
    }
}
