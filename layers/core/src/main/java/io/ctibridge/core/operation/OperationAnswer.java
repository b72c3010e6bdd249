package io.ctibridge.core.operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to an operation, and its shape for the flow: a flat map of strings (Connect's STRING_MAP), every key
 * always present, values clipped so that the whole stays far below Connect's 32 KB.
 *
 * @param operation    the operation's name as the flow sent it
 * @param status       what happened
 * @param recordId     the record found, created or updated; empty when none
 * @param recordType   its object
 * @param matchCount   a find's matches: 0, 1 or 2 (two or more); 1 for a record created or updated
 * @param fields       {@code returnFields} of the operation → value, in profile order (empty string when null)
 * @param invalidInput the input that broke its rule ({@code operation} for an unknown operation); else empty
 * @param detail       why, for logs and support; never an input's value or a record's data
 */
public record OperationAnswer(
        String operation,
        OperationStatus status,
        String recordId,
        String recordType,
        int matchCount,
        Map<String, String> fields,
        String invalidInput,
        String detail) {

    public static final String OPERATION_STATUS = "operationStatus";
    public static final String OPERATION = "operation";
    public static final String RECORD_ID = "recordId";
    public static final String RECORD_TYPE = "recordType";
    public static final String MATCH_COUNT = "matchCount";
    public static final String INVALID_INPUT = "invalidInput";
    /** Returned fields go under {@code record.<Field>}, e.g. {@code record.CaseNumber}, {@code record.Account.Name}. */
    public static final String FIELD_PREFIX = "record.";

    /** A value longer than this is cut: a text area must not push the answer towards Connect's limit. */
    static final int MAX_VALUE_LENGTH = 255;

    public OperationAnswer {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(status, "status");
        recordId = Objects.requireNonNullElse(recordId, "");
        recordType = Objects.requireNonNullElse(recordType, "");
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        invalidInput = Objects.requireNonNullElse(invalidInput, "");
        detail = Objects.requireNonNullElse(detail, "");
    }

    static OperationAnswer failed(String operation, OperationStatus status, String invalidInput, String detail) {
        return new OperationAnswer(operation, status, "", "", 0, Map.of(), invalidInput, detail);
    }

    /** The answer with {@code returnFields} keys all present, empty where there is no value. */
    OperationAnswer withFieldKeys(List<String> returnFields) {
        Map<String, String> complete = new LinkedHashMap<>();
        returnFields.forEach(field -> complete.put(field, fields.getOrDefault(field, "")));
        return new OperationAnswer(operation, status, recordId, recordType, matchCount, complete, invalidInput, detail);
    }

    /** The flow's flat map. */
    public Map<String, String> flowAttributes() {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put(OPERATION_STATUS, status.name());
        answer.put(OPERATION, clip(operation));
        answer.put(RECORD_ID, recordId);
        answer.put(RECORD_TYPE, recordType);
        answer.put(MATCH_COUNT, Integer.toString(matchCount));
        answer.put(INVALID_INPUT, clip(invalidInput));
        fields.forEach((field, value) -> answer.put(FIELD_PREFIX + field, clip(value)));
        return answer;
    }

    static String clip(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        // Never cut a surrogate pair in half: Connect would receive an unpaired surrogate.
        int end =
                Character.isHighSurrogate(value.charAt(MAX_VALUE_LENGTH - 1)) ? MAX_VALUE_LENGTH - 1 : MAX_VALUE_LENGTH;
        return value.substring(0, end);
    }
}
