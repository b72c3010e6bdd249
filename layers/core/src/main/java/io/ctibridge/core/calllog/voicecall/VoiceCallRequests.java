package io.ctibridge.core.calllog.voicecall;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.calllog.fields.MappedFields;
import io.ctibridge.core.calllog.record.CallDetails;
import io.ctibridge.core.calllog.record.CallDirection;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.config.VoiceCallLog;
import io.ctibridge.core.salesforce.telephony.NewVoiceCall;
import io.ctibridge.core.salesforce.telephony.VoiceCallUpdate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a finished contact becomes in the Telephony Integration API: the create ({@code POST /voiceCalls}) and the
 * closing update ({@code PATCH /voiceCalls/{id}}), keyed by vendorCallKey = ContactId.
 */
public final class VoiceCallRequests {

    /** How the API can make the contact's VoiceCall. */
    public enum Kind {
        /** A call for the contact center: {@code initiationMethod Inbound}. */
        INBOUND,
        /** A leg transferred from {@code PreviousContactId}: {@code initiationMethod Transfer}. */
        TRANSFER,
        /**
         * Not at all: the API has no Outbound initiationMethod, and with Partner Telephony an outbound call is
         * dialled from Salesforce, which makes its VoiceCall itself; a call the API cannot create is logged as a
         * Task instead (see the README).
         */
        TASK_ONLY
    }

    /** Disconnect reasons that mean the call failed rather than that someone hung up. */
    private static final Set<String> ERROR_REASONS = Set.of("TELECOM_PROBLEM", "EXPIRED", "OTHER");

    private static final String UNKNOWN_NUMBER = "anonymous";
    private static final ObjectMapper JSON = new ObjectMapper();

    private VoiceCallRequests() {}

    public static Kind kind(ContactRecord contact) {
        String method = contact.initiationMethod().strip().toUpperCase(Locale.ROOT);
        if (contact.direction() == CallDirection.OUTBOUND || method.equals("MONITOR")) {
            return Kind.TASK_ONLY;
        }
        boolean transferred = contact.previousContactId() != null
                && !contact.previousContactId().isBlank();
        return transferred && contact.direction() == CallDirection.INTERNAL ? Kind.TRANSFER : Kind.INBOUND;
    }

    /**
     * The create.
     *
     * @param parentVoiceCallId for a transfer: the Id of the VoiceCall it came from when the ledger knows it, else
     *                          that call's vendorCallKey (its ContactId)
     * @param mapped            what the profile's {@code callLog.fieldMappings} give this contact
     */
    public static NewVoiceCall create(
            ContactRecord contact, VoiceCallLog config, MappedFields mapped, String parentVoiceCallId) {
        Kind kind = kind(contact);
        if (kind == Kind.TASK_ONLY) {
            throw new IllegalArgumentException("the Telephony Integration API cannot create an outbound call");
        }
        String caller = caller(contact);
        return new NewVoiceCall(
                contact.contactId(),
                Optional.ofNullable(contact.details().systemAddress())
                        .filter(address -> !address.isBlank())
                        .orElse(UNKNOWN_NUMBER),
                caller,
                kind == Kind.TRANSFER ? NewVoiceCall.TRANSFER : NewVoiceCall.INBOUND,
                contact.initiationTimestamp().toString(),
                List.of(NewVoiceCall.Participant.endUser(caller)),
                kind == Kind.TRANSFER ? parentVoiceCallId : null,
                contact.queueName(),
                callAttributes(contact, config, mapped, Map.of()));
    }

    /**
     * The closing update: the end, the figures of the call, and isActiveCall false.
     *
     * @param analysis a Contact Lens analysis that arrived before the call was logged, as fields to set (empty when
     *                 none waits): it rides along in callAttributes, at no extra request
     */
    public static VoiceCallUpdate close(
            ContactRecord contact, VoiceCallLog config, MappedFields mapped, Map<String, Object> analysis) {
        CallDetails details = contact.details();
        return new VoiceCallUpdate(
                null,
                time(contact.disconnectTimestamp()),
                time(details.enqueueTimestamp()),
                time(contact.connectedToAgentTimestamp()),
                null,
                whole(details.customerHoldSeconds()),
                whole(details.longestHoldSeconds()),
                whole(details.numberOfHolds()),
                contact.queueName(),
                contact.agentUsername(),
                whole(details.agentInteractionSeconds()),
                null,
                recordingLocation(mapped),
                null,
                callAttributes(contact, config, mapped, analysis),
                false,
                disconnectReason(contact));
    }

    /**
     * Seam for the attribute mapping: the profile's field mappings (values as the mapper makes them) and the contact
     * attributes {@code callLog.voiceCall.callAttributes} names, keyed by the VoiceCall field each goes to, as the
     * JSON string the API takes; null when there are none.
     */
    public static String callAttributes(
            ContactRecord contact, VoiceCallLog config, MappedFields mapped, Map<String, Object> analysis) {
        Map<String, Object> fields = new LinkedHashMap<>(mapped.asMap());
        // On a clash the voiceCall-specific attribute wins: it names this destination alone, so it is the more
        // specific wish, and a profile that had it before the shared mappings keeps writing the same value.
        config.callAttributes()
                .forEach((attribute, field) ->
                        contact.attribute(attribute).ifPresent(value -> fields.put(field, value)));
        // The profile check keeps Contact Lens fields apart from the mapped ones; the call's own values win if not.
        analysis.forEach(fields::putIfAbsent);
        if (fields.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise callAttributes", e);
        }
    }

    /**
     * Seam for the recording link: the available voice recording's location, as the field mapper (and so the Task)
     * reads it; null when there is none or it is too long for the API.
     */
    public static String recordingLocation(MappedFields mapped) {
        return mapped.recordingLocation()
                .filter(location -> location.length() <= VoiceCallUpdate.MAX_RECORDING_LOCATION)
                .orElse(null);
    }

    private static VoiceCallUpdate.DisconnectReason disconnectReason(ContactRecord contact) {
        String reason = contact.disconnectReason();
        if (reason == null || reason.isBlank()) {
            return null;
        }
        return new VoiceCallUpdate.DisconnectReason(reason, ERROR_REASONS.contains(reason.toUpperCase(Locale.ROOT)));
    }

    private static String caller(ContactRecord contact) {
        String address = contact.customerAddress();
        return address == null || address.isBlank() ? UNKNOWN_NUMBER : address;
    }

    private static Long whole(Integer value) {
        return value == null ? null : value.longValue();
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
