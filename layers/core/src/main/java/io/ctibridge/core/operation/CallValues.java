package io.ctibridge.core.operation;

import io.ctibridge.core.config.FieldTemplate;
import io.ctibridge.core.config.FlowOperation;
import io.ctibridge.core.config.ScalarValue;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.ContactStateStore;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.OperationRecord;
import io.ctibridge.core.contact.OperationRecordStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values an operation's templates may use for one call: its checked inputs, the contact's attributes, the call,
 * the caller lookup's stored match and earlier operations' records (each read from DynamoDB once, when first used).
 */
final class CallValues {

    private final OperationRequest request;
    private final Map<String, String> inputs;
    private final ContactStateStore states;
    private final OperationRecordStore records;
    private final Clock clock;
    private Optional<LookupResult> lookup;
    private final Map<String, Optional<OperationRecord>> operations = new HashMap<>();

    CallValues(
            OperationRequest request,
            Map<String, String> inputs,
            ContactStateStore states,
            OperationRecordStore records,
            Clock clock) {
        this.request = request;
        this.inputs = inputs;
        this.states = states;
        this.records = records;
        this.clock = clock;
    }

    /** The checked inputs, as a find binds them. */
    Map<String, String> inputsForQuery() {
        return inputs;
    }

    /** The caller lookup's stored result for this contact, if the flow ran it and it has not expired. */
    Optional<LookupResult> lookup() {
        if (lookup == null) {
            lookup = states.find(request.contactId());
        }
        return lookup;
    }

    /** The best match of the stored lookup, when it found somebody. */
    Optional<CallerMatch> lookupMatch() {
        return lookup().filter(result -> result.status().foundRecords()).flatMap(LookupResult::best);
    }

    /** A finished earlier operation of this contact that has a record. */
    Optional<OperationRecord> operation(String name) {
        return operations
                .computeIfAbsent(name, n -> records.find(request.contactId(), n))
                .filter(OperationRecord::hasRecord);
    }

    /** The operation's {@code fields} rendered for this call; a lone placeholder without a value is left out. */
    Map<String, Object> render(FlowOperation operation) {
        Map<String, Object> out = new LinkedHashMap<>();
        operation.fields().forEach((field, value) -> {
            switch (value) {
                case ScalarValue.Text text ->
                    FieldTemplate.parse(text.value()).render(this::value).ifPresent(v -> out.put(field, v));
                default -> out.put(field, value.raw());
            }
        });
        return out;
    }

    String value(FieldTemplate.Placeholder placeholder) {
        String name = placeholder.name();
        return switch (placeholder.source()) {
            case "input" -> inputs.getOrDefault(name, "");
            case "attribute" -> request.attributes().getOrDefault(name, "");
            case "call" -> call(name);
            case "lookup" ->
                lookupMatch().map(match -> lookupValue(match, name)).orElse("");
            case "operation" -> operation(name).map(OperationRecord::recordId).orElse("");
            default -> "";
        };
    }

    private String call(String name) {
        return switch (name) {
            case "contactId" -> request.contactId();
            case "callerNumber" ->
                lookup().map(LookupResult::callerNumber)
                        .filter(number -> !number.isEmpty())
                        .orElse(nonNull(request.callerNumber()));
            case "dialedNumber" -> nonNull(request.dialedNumber());
            case "channel" -> nonNull(request.channel());
            case "queue" -> nonNull(request.queue());
            case "now" -> clock.instant().toString();
            default -> "";
        };
    }

    private static String lookupValue(CallerMatch match, String name) {
        return switch (name) {
            case "recordId" -> match.id();
            case "recordType" -> match.objectType();
            case "recordName" -> match.name();
            case "accountId" -> match.objectType().equals("Account") ? match.id() : nonNull(match.accountId());
            case "contactId" -> match.objectType().equals("Contact") ? match.id() : "";
            case "leadId" -> match.objectType().equals("Lead") ? match.id() : "";
            default -> "";
        };
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
