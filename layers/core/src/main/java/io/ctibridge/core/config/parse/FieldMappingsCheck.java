package io.ctibridge.core.config.parse;

import io.ctibridge.core.config.CallLog;
import io.ctibridge.core.config.FieldMapping;
import io.ctibridge.core.config.MappingSource;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Rules for {@code callLog.fieldMappings}: each names a field the call logger may write (a field API name, not one
 * it writes itself, not one {@code extraFields} sets, not mapped twice) and a source it knows, so that a typo is
 * refused at {@code config push} instead of failing every call.
 */
final class FieldMappingsCheck {

    private FieldMappingsCheck() {}

    static void check(CallLog log, Violations violations) {
        List<FieldMapping> mappings = log.fieldMappings();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < mappings.size(); i++) {
            FieldMapping mapping = mappings.get(i);
            String path = "callLog.fieldMappings[" + i + "]";
            checkField(mapping.field(), path + ".field", log, seen, i, violations);
            Optional<MappingSource.Ref> source = checkSource(mapping.source(), path + ".source", violations);
            checkMaxLength(mapping, source, path + ".maxLength", violations);
        }
    }

    private static void checkField(
            String field, String path, CallLog log, Map<String, Integer> seen, int index, Violations violations) {
        if (!violations.requireText(field, path)) {
            return;
        }
        if (!violations.require(
                SalesforceNames.isField(field),
                path,
                "\"" + field + "\" is not a field API name (" + SalesforceNames.NAME_RULE + ")")) {
            return;
        }
        // Salesforce API names are case-insensitive: "subject" is Subject.
        String key = field.toLowerCase(Locale.ROOT);
        boolean reserved = CallLogCheck.RESERVED_FIELDS.stream().anyMatch(name -> name.equalsIgnoreCase(field));
        violations.require(
                !reserved,
                path,
                "\"" + field + "\" is written by the call logger itself ("
                        + String.join(", ", CallLog.WRITTEN_FIELDS) + ", " + CallLog.CREATE_ONLY_FIELD
                        + "); map onto another field");
        violations.require(
                log.extraFields().keySet().stream().noneMatch(name -> name.equalsIgnoreCase(field)),
                path,
                "\"" + field + "\" is also set by callLog.extraFields; set it in one place");
        Integer first = seen.putIfAbsent(key, index);
        violations.require(
                first == null,
                path,
                "\"" + field + "\" is already mapped by callLog.fieldMappings[" + first + "]; map each field once");
    }

    private static Optional<MappingSource.Ref> checkSource(String source, String path, Violations violations) {
        if (!violations.requireText(source, path)) {
            return Optional.empty();
        }
        Optional<MappingSource.Ref> ref = MappingSource.parse(source);
        if (ref.isEmpty() && source.startsWith(MappingSource.ATTRIBUTE_PREFIX)) {
            violations.add(
                    path,
                    "\"" + source + "\" names no contact attribute; write attribute:<name>, e.g."
                            + " attribute:language");
        } else if (ref.isEmpty()) {
            violations.add(
                    path,
                    "unknown source \"" + source + "\"; valid sources: "
                            + String.join(", ", MappingSource.spellings()));
        }
        return ref;
    }

    private static void checkMaxLength(
            FieldMapping mapping, Optional<MappingSource.Ref> source, String path, Violations violations) {
        if (!violations.requireRange(mapping.maxLength(), 1, FieldMapping.MAX_MAX_LENGTH, path)) {
            return;
        }
        source.map(MappingSource.Ref::source).ifPresent(kind -> {
            boolean text = kind.kind() == MappingSource.Kind.TEXT || kind.kind() == MappingSource.Kind.EXACT;
            violations.require(
                    text || mapping.maxLength() == FieldMapping.DEFAULT_MAX_LENGTH,
                    path,
                    "applies to text only; " + kind.spelling() + " is written as "
                            + kind.kind().name().toLowerCase(Locale.ROOT));
        });
    }
}
