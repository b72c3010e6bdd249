package io.ctibridge.core.config.parse;

import io.ctibridge.core.config.FieldTemplate;
import io.ctibridge.core.config.FlowInput;
import io.ctibridge.core.config.FlowOperation;
import io.ctibridge.core.config.OperationKind;
import io.ctibridge.core.config.ScalarValue;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Rules for {@code operations}: each names everything it reads and writes, takes only declared inputs with a rule,
 * and refers only to operations defined before it, so that no flow parameter can reach Salesforce other than as a
 * checked value.
 */
final class OperationsCheck {

    static final int MAX_OPERATIONS = 20;
    static final int MAX_RETURN_FIELDS = 20;
    static final int MAX_INPUTS = 10;
    private static final Pattern OPERATION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");
    private static final Pattern INPUT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    /** Parameters the function reads itself: an input of that name would never reach the operation. */
    private static final Set<String> RESERVED_PARAMETERS = Set.of("operation", "profile", "phoneNumber");

    private OperationsCheck() {}

    static void check(List<FlowOperation> operations, Violations violations) {
        if (!violations.require(
                operations.size() <= MAX_OPERATIONS,
                "operations",
                "must list at most " + MAX_OPERATIONS + " operations, not " + operations.size())) {
            return;
        }
        Map<String, FlowOperation> earlier = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < operations.size(); i++) {
            FlowOperation operation = operations.get(i);
            String path = "operations[" + i + "]";
            if (violations.require(
                    operation.name() != null
                            && OPERATION_NAME.matcher(operation.name()).matches(),
                    path + ".name",
                    "is required: a letter, then up to 39 letters, digits, '_' or '-' (the flow's parameter"
                            + " 'operation')")) {
                Integer first = names.putIfAbsent(operation.name(), i);
                violations.require(
                        first == null, path + ".name", operation.name() + " is already operations[" + first + "]");
            }
            violations.require(
                    SalesforceNames.isObject(operation.object()),
                    path + ".object",
                    "must be an object API name (" + SalesforceNames.NAME_RULE + ")");
            if (violations.require(operation.kind() != null, path + ".kind", "is required: find, create or update")) {
                checkInputs(operation, path, violations);
                switch (operation.kind()) {
                    case FIND -> checkFind(operation, path, violations);
                    case CREATE -> checkCreate(operation, path, earlier, violations);
                    case UPDATE -> checkUpdate(operation, path, earlier, violations);
                }
                checkUnusedInputs(operation, path, violations);
            }
            if (operation.name() != null) {
                earlier.putIfAbsent(operation.name(), operation);
            }
        }
    }

    private static void checkInputs(FlowOperation operation, String path, Violations violations) {
        violations.require(
                operation.inputs().size() <= MAX_INPUTS,
                path + ".inputs",
                "must declare at most " + MAX_INPUTS + " inputs");
        operation.inputs().forEach((name, input) -> {
            String at = path + ".inputs." + name;
            if (!violations.require(
                    INPUT_NAME.matcher(name).matches(),
                    at,
                    "is not an input name: a letter, then up to 39 letters, digits or '_'")) {
                return;
            }
            violations.require(
                    !RESERVED_PARAMETERS.contains(name),
                    at,
                    "is a parameter the function reads itself (operation, profile, phoneNumber); choose another name");
            if (!violations.require(input != null, at, "is null; write {} for a text input with the defaults")) {
                return;
            }
            violations.require(
                    input.minLength() >= 0 && input.minLength() <= input.maxLength(),
                    at + ".minLength",
                    "must be between 0 and maxLength (" + input.maxLength() + "), not " + input.minLength());
            violations.requireRange(input.maxLength(), 1, FlowInput.MAX_LENGTH, at + ".maxLength");
            if (input.pattern() != null) {
                try {
                    Pattern.compile(input.pattern());
                } catch (PatternSyntaxException e) {
                    violations.add(at + ".pattern", "is not a regular expression: " + e.getDescription());
                }
            }
        });
    }

    private static void checkFind(FlowOperation operation, String path, Violations violations) {
        if (violations.require(
                !operation.match().isEmpty(),
                path + ".match",
                "must bind at least one field to an input, e.g. {\"CaseNumber\": \"caseNumber\"}")) {
            operation.match().forEach((field, input) -> {
                String at = path + ".match." + field;
                violations.require(
                        SalesforceNames.isField(field),
                        at,
                        "is not a field API name (" + SalesforceNames.NAME_RULE + ")");
                violations.require(
                        input != null && operation.inputs().containsKey(input),
                        at,
                        "must name one of the operation's inputs "
                                + operation.inputs().keySet() + ", not " + input);
            });
        }
        for (int i = 0; i < operation.filters().size(); i++) {
            SearchTargetsCheck.checkFilter(operation.filters().get(i), path + ".filters[" + i + "]", violations);
        }
        checkReturnFields(operation, path, true, violations);
        violations.require(
                SalesforceNames.isField(operation.orderBy().field()),
                path + ".orderBy.field",
                "must be a field API name such as CreatedDate");
        notFor(operation, !operation.fields().isEmpty(), path + ".fields", violations);
        notFor(operation, operation.target() != null, path + ".target", violations);
        notFor(operation, operation.idempotencyField() != null, path + ".idempotencyField", violations);
    }

    private static void checkCreate(
            FlowOperation operation, String path, Map<String, FlowOperation> earlier, Violations violations) {
        checkWrites(operation, path, earlier, violations);
        if (violations.require(
                SalesforceNames.isField(operation.idempotencyField()),
                path + ".idempotencyField",
                "is required: a text field (External ID, unique, at least 80 characters) that receives"
                        + " <ContactId>.<operation>, so that Connect's retries never create a second record")) {
            violations.require(
                    !containsIgnoringCase(operation.fields().keySet(), operation.idempotencyField()),
                    path + ".fields." + operation.idempotencyField(),
                    "is the idempotencyField, which the operation writes itself");
        }
        checkReturnFields(operation, path, false, violations);
        notFor(operation, operation.target() != null, path + ".target", violations);
        checkNotFind(operation, path, violations);
    }

    private static void checkUpdate(
            FlowOperation operation, String path, Map<String, FlowOperation> earlier, Violations violations) {
        checkWrites(operation, path, earlier, violations);
        String target = operation.target();
        if (violations.require(
                        target != null,
                        path + ".target",
                        "is required: 'lookup' (the caller lookup's match) or the name of an earlier find or create")
                && !operation.updatesTheLookupMatch()) {
            FlowOperation targeted = earlier.get(target);
            if (violations.require(
                    targeted != null && targeted.kind() != OperationKind.UPDATE,
                    path + ".target",
                    "must be 'lookup' or the name of a find or create defined before this operation, not " + target)) {
                violations.require(
                        targeted.object() == null || targeted.object().equalsIgnoreCase(operation.object()),
                        path + ".object",
                        "must be " + targeted.object() + ", the object of the target " + target);
            }
        }
        checkReturnFields(operation, path, false, violations);
        notFor(operation, operation.idempotencyField() != null, path + ".idempotencyField", violations);
        notFor(operation, operation.popRecord(), path + ".popRecord", violations);
        notFor(operation, operation.relateCallLog(), path + ".relateCallLog", violations);
        checkNotFind(operation, path, violations);
    }

    private static void checkNotFind(FlowOperation operation, String path, Violations violations) {
        notFor(operation, !operation.match().isEmpty(), path + ".match", violations);
        notFor(operation, !operation.filters().isEmpty(), path + ".filters", violations);
    }

    private static void checkWrites(
            FlowOperation operation, String path, Map<String, FlowOperation> earlier, Violations violations) {
        if (!violations.require(
                !operation.fields().isEmpty(),
                path + ".fields",
                "must set at least one field, e.g. {\"Origin\": \"Phone\"}")) {
            return;
        }
        operation.fields().forEach((field, value) -> {
            String at = path + ".fields." + field;
            if (!violations.require(
                    SalesforceNames.isField(field),
                    at,
                    "is not a field API name (" + SalesforceNames.NAME_RULE + ")")) {
                return;
            }
            violations.require(!field.equalsIgnoreCase("Id"), at, "Id cannot be written");
            if (!violations.require(value != null, at, "is required: a constant or a text template")) {
                return;
            }
            if (value instanceof ScalarValue.Text text) {
                checkTemplate(operation, text.value(), at, earlier, violations);
            }
        });
    }

    private static void checkTemplate(
            FlowOperation operation,
            String text,
            String path,
            Map<String, FlowOperation> earlier,
            Violations violations) {
        FieldTemplate template;
        try {
            template = FieldTemplate.parse(text);
        } catch (FieldTemplate.BadTemplateException e) {
            violations.add(path, e.getMessage());
            return;
        }
        for (FieldTemplate.Placeholder placeholder : template.placeholders()) {
            switch (placeholder.source()) {
                case "input" ->
                    violations.require(
                            operation.inputs().containsKey(placeholder.name()),
                            path,
                            placeholder + " names no input of the operation; inputs are "
                                    + operation.inputs().keySet());
                case "attribute" ->
                    violations.require(
                            INPUT_NAME.matcher(placeholder.name()).matches(),
                            path,
                            placeholder + " is not a contact attribute name (letters, digits, '_')");
                case "operation" -> {
                    FlowOperation referenced = earlier.get(placeholder.name());
                    violations.require(
                            referenced != null && referenced.kind() != OperationKind.UPDATE,
                            path,
                            placeholder + " must name a find or create defined before this operation");
                }
                default -> {} // call and lookup values were checked by the parser
            }
        }
    }

    private static void checkReturnFields(
            FlowOperation operation, String path, boolean pathsAllowed, Violations violations) {
        List<String> fields = operation.returnFields();
        violations.require(
                fields.size() <= MAX_RETURN_FIELDS,
                path + ".returnFields",
                "must list at most " + MAX_RETURN_FIELDS + " fields (the flow's answer stays far below 32 KB)");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            String at = path + ".returnFields[" + i + "]";
            boolean ok = pathsAllowed ? SalesforceNames.isFieldPath(field) : SalesforceNames.isField(field);
            if (violations.require(
                    ok,
                    at,
                    pathsAllowed
                            ? "must be a field API name or a path like Account.Name"
                            : "must be a field API name of " + operation.object()
                                    + " (a create or update reads its record back by Id, without relationships)")) {
                violations.require(seen.add(field.toLowerCase(Locale.ROOT)), at, field + " is listed twice");
            }
        }
    }

    private static void checkUnusedInputs(FlowOperation operation, String path, Violations violations) {
        Set<String> used = new HashSet<>(operation.match().values());
        operation.fields().values().stream()
                .filter(ScalarValue.Text.class::isInstance)
                .map(value -> ((ScalarValue.Text) value).value())
                .forEach(text -> {
                    try {
                        FieldTemplate.parse(text).placeholders().stream()
                                .filter(p -> p.source().equals("input"))
                                .forEach(p -> used.add(p.name()));
                    } catch (FieldTemplate.BadTemplateException ignored) {
                        // reported by checkTemplate
                    }
                });
        operation.inputs().keySet().stream()
                .filter(name -> !used.contains(name))
                .forEach(name -> violations.add(
                        path + ".inputs." + name,
                        "is never used: bind it in match or use ${input." + name + "} in fields, or remove it"));
    }

    private static void notFor(FlowOperation operation, boolean present, String path, Violations violations) {
        violations.require(
                !present, path, "does not apply to a " + operation.kind().jsonName() + " operation");
    }

    private static boolean containsIgnoringCase(Set<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }
}
