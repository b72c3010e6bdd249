package io.ctibridge.core.calllog.task;

import io.ctibridge.core.calllog.fields.CallFieldMapper;
import io.ctibridge.core.calllog.fields.ConnectConsole;
import io.ctibridge.core.calllog.fields.MappedFields;
import io.ctibridge.core.calllog.record.CallDirection;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.config.CallLog;
import io.ctibridge.core.phone.PhoneMasking;
import io.ctibridge.core.salesforce.api.SObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The activity a finished contact becomes, field by field, following the profile's {@code callLog} section.
 * Fields without a value are left out rather than sent as null, so that rewriting a Task from a later version of
 * the contact never clears what an earlier one set (the lookup result may have expired in between).
 */
public final class TaskFields {

    static final String ABANDONED = "Abandoned";
    static final String WITHHELD = "withheld number";
    private static final int MAX_TEXT = 255;
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{5,14}");

    private final CallFieldMapper mapper;

    /** Without recording links: the deployment names no Connect instance alias. */
    public TaskFields() {
        this(new CallFieldMapper(ConnectConsole.unknown()));
    }

    /** @param mapper the profile's field mappings and the recording link, shared with the other destinations */
    public TaskFields(CallFieldMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** A new Task: everything, including TaskSubtype, which Salesforce sets only on create. */
    public SObject forCreate(CallLog config, ContactRecord contact, RelatedRecords related, Optional<String> ownerId) {
        Map<String, Object> fields = fields(config, contact, related, ownerId);
        fields.put("TaskSubtype", "Call");
        return SObject.of(config.object(), fields);
    }

    /** The rewrite of an existing Task from a later version of its contact. */
    public SObject forUpdate(
            CallLog config, String taskId, ContactRecord contact, RelatedRecords related, Optional<String> ownerId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Id", taskId);
        fields.putAll(fields(config, contact, related, ownerId));
        return SObject.of(config.object(), fields);
    }

    private Map<String, Object> fields(
            CallLog config, ContactRecord contact, RelatedRecords related, Optional<String> ownerId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        // Profile extras and mappings first: the fields below are reserved (the validator rejects them there) and
        // win. A mapping whose value the contact lacks is left out, so a rewrite never clears it.
        config.extraFields().forEach((name, value) -> fields.put(name, value.raw()));
        MappedFields mapped = mapper.map(config.fieldMappings(), contact);
        fields.putAll(mapped.asMap());
        fields.put("Subject", subject(config, contact));
        fields.put("Status", config.status());
        fields.put("Priority", config.priority());
        fields.put("Type", "Call");
        fields.put("CallType", contact.direction().callType());
        fields.put("CallDurationInSeconds", Math.toIntExact(contact.talkTime().toSeconds()));
        fields.put("CallObject", contact.contactId());
        disposition(config, contact).ifPresent(value -> fields.put("CallDisposition", value));
        fields.put("ActivityDate", LocalDate.ofInstant(contact.initiationTimestamp(), ZoneOffset.UTC));
        fields.put(
                "Description",
                description(contact, config.mapsRecordingUrl() ? Optional.empty() : mapped.recordingUrl()));
        putIfPresent(fields, "WhoId", related.whoId());
        putIfPresent(fields, "WhatId", related.whatId());
        ownerId.ifPresent(id -> fields.put("OwnerId", id));
        return fields;
    }

    static String subject(CallLog config, ContactRecord contact) {
        String template =
                contact.direction() == CallDirection.OUTBOUND ? config.subjectOutbound() : config.subjectInbound();
        return truncate(template.replace(CallLog.CALLER_PLACEHOLDER, caller(config, contact)));
    }

    /** The agent's disposition when the profile names its attribute and the flow set it; else how the call ended. */
    static Optional<String> disposition(CallLog config, ContactRecord contact) {
        Optional<String> chosen =
                Optional.ofNullable(config.dispositionAttribute()).flatMap(contact::attribute);
        if (chosen.isEmpty() && contact.abandoned()) {
            chosen = Optional.of(ABANDONED);
        }
        return chosen.or(() -> Optional.ofNullable(contact.disconnectReason())).map(TaskFields::truncate);
    }

    static String description(ContactRecord contact) {
        return description(contact, Optional.empty());
    }

    /**
     * Where the call went and who took it, and the recording's page when no field takes it; no phone number, the
     * Subject has it as the profile wants it.
     */
    static String description(ContactRecord contact, Optional<String> recordingUrl) {
        StringJoiner lines = new StringJoiner("\n");
        lines.add("Queue: " + Optional.ofNullable(contact.queueName()).orElse("none"));
        lines.add("Agent: "
                + Optional.ofNullable(contact.agentUsername())
                        .orElse(contact.answered() ? "unknown" : "none (not answered)"));
        lines.add("Initiation: " + (contact.initiationMethod().isEmpty() ? "unknown" : contact.initiationMethod()));
        if (contact.disconnectReason() != null) {
            lines.add("Disconnect reason: " + contact.disconnectReason());
        }
        lines.add("Amazon Connect contact: " + contact.contactId());
        if (contact.initialContactId() != null && !contact.initialContactId().equals(contact.contactId())) {
            lines.add("Initial contact: " + contact.initialContactId());
        }
        recordingUrl.ifPresent(url -> lines.add("Recording: " + url));
        return lines.toString();
    }

    private static String caller(CallLog config, ContactRecord contact) {
        String address = contact.customerAddress();
        if (address == null || !E164.matcher(address).matches()) {
            return WITHHELD; // "anonymous", carrier placeholders and the like are not worth a subject
        }
        return config.maskNumberInSubject() ? PhoneMasking.mask(address) : address;
    }

    private static void putIfPresent(Map<String, Object> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private static String truncate(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
