package io.ctibridge.core.calllog.fields;

import io.ctibridge.core.calllog.record.CallDetails;
import io.ctibridge.core.calllog.record.ContactRecord;
import io.ctibridge.core.calllog.record.Recording;
import io.ctibridge.core.config.FieldMapping;
import io.ctibridge.core.config.MappingSource;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the profile's field mappings and a finished contact into named values, typed for Salesforce: durations
 * as whole seconds, counts as integers, flags as booleans, times as ISO-8601 UTC, text cut to the mapping's
 * maxLength. One mapper serves every destination, so a Task and a VoiceCall say the same about a call.
 */
public final class CallFieldMapper {

    private static final String ELLIPSIS = "…";

    private final ConnectConsole console;

    public CallFieldMapper(ConnectConsole console) {
        this.console = Objects.requireNonNull(console, "console");
    }

    public MappedFields map(List<FieldMapping> mappings, ContactRecord contact) {
        Optional<Recording> recording = contact.details().recording();
        Optional<String> location = recording.map(Recording::location);
        Optional<String> url = recording.flatMap(r -> console.contactDetailsUrl(contact.contactId()));
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldMapping mapping : mappings) {
            mapping.sourceRef()
                    .flatMap(ref -> value(ref, contact, url, location))
                    .flatMap(value -> fit(value, mapping))
                    .ifPresent(value -> values.put(mapping.field(), value));
        }
        return new MappedFields(values, url, location);
    }

    private static Optional<Object> value(
            MappingSource.Ref ref, ContactRecord contact, Optional<String> url, Optional<String> location) {
        CallDetails details = contact.details();
        Object value = switch (ref.source()) {
            case QUEUE -> contact.queueName();
            case QUEUE_WAIT_SECONDS -> details.queueWaitSeconds();
            case AGENT -> contact.agentUsername();
            case ROUTING_PROFILE -> details.routingProfile();
            case TALK_SECONDS ->
                contact.answered() && contact.disconnectTimestamp() != null
                        ? Math.toIntExact(contact.talkTime().toSeconds())
                        : null;
            case AGENT_INTERACTION_SECONDS -> details.agentInteractionSeconds();
            case CUSTOMER_HOLD_SECONDS -> details.customerHoldSeconds();
            case LONGEST_HOLD_SECONDS -> details.longestHoldSeconds();
            case NUMBER_OF_HOLDS -> details.numberOfHolds();
            case AFTER_CONTACT_WORK_SECONDS -> details.afterContactWorkSeconds();
            case CHANNEL -> blankToNull(contact.channel());
            case INITIATION_METHOD -> blankToNull(contact.initiationMethod());
            case DISCONNECT_REASON -> contact.disconnectReason();
            case SYSTEM_NUMBER -> details.systemAddress();
            case ANSWERED -> contact.answered();
            case TRANSFERRED_IN -> transferredIn(contact);
            case TRANSFERRED_OUT -> details.transferredOut();
            case TRANSFERRED_TO -> details.transferredToAddress();
            case CONTACT_ID -> contact.contactId();
            case INITIAL_CONTACT_ID -> contact.initialContactId();
            case PREVIOUS_CONTACT_ID -> contact.previousContactId();
            case NEXT_CONTACT_ID -> details.nextContactId();
            case INITIATION_TIMESTAMP -> iso(contact.initiationTimestamp());
            case DISCONNECT_TIMESTAMP -> iso(contact.disconnectTimestamp());
            case RECORDING_STATUS ->
                details.recordings().isEmpty()
                        ? null
                        : details.recordings().getFirst().status();
            case RECORDING_LOCATION -> location.orElse(null);
            case RECORDING_URL -> url.orElse(null);
            case ATTRIBUTE -> contact.attribute(ref.attribute()).orElse(null);
        };
        return Optional.ofNullable(value);
    }

    /** Texts cut to fit; ids, numbers and links that do not fit are left out, since a cut one points nowhere. */
    private static Optional<Object> fit(Object value, FieldMapping mapping) {
        if (!(value instanceof String text)) {
            return Optional.of(value);
        }
        if (text.length() <= mapping.maxLength()) {
            return Optional.of(text);
        }
        boolean truncatable =
                mapping.sourceRef().map(ref -> ref.source().truncatable()).orElse(false);
        if (!truncatable) {
            return Optional.empty();
        }
        return Optional.of(
                mapping.maxLength() <= ELLIPSIS.length()
                        ? text.substring(0, mapping.maxLength())
                        : text.substring(0, mapping.maxLength() - ELLIPSIS.length()) + ELLIPSIS);
    }

    private static boolean transferredIn(ContactRecord contact) {
        String method = contact.initiationMethod().toUpperCase(Locale.ROOT);
        return method.equals("TRANSFER")
                || method.equals("QUEUE_TRANSFER")
                || (contact.previousContactId() != null
                        && !contact.previousContactId().isBlank());
    }

    private static String iso(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
