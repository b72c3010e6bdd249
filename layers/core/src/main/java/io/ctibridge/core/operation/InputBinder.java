package io.ctibridge.core.operation;

import io.ctibridge.core.config.FlowInput;
import io.ctibridge.core.config.FlowOperation;
import io.ctibridge.core.config.InputType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the flow's parameters against the operation's declared inputs. Only declared inputs are read; a value that
 * breaks its rule stops the operation before anything is sent to Salesforce, and the answer names the input (never
 * its value, which may be personal data keyed in by the caller).
 */
final class InputBinder {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,18}(?:\\.[0-9]{1,18})?");

    /** The inputs, checked: name → value ("" for an optional input left out). */
    sealed interface Result {}

    record Bound(Map<String, String> values) implements Result {}

    record Invalid(String input, String reason) implements Result {}

    private InputBinder() {}

    static Result bind(FlowOperation operation, Map<String, String> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, FlowInput> entry : operation.inputs().entrySet()) {
            String name = entry.getKey();
            FlowInput rule = entry.getValue();
            String value = parameters.get(name);
            value = value == null ? "" : value.strip();
            if (value.isEmpty()) {
                if (rule.required()) {
                    return new Invalid(name, "is required");
                }
                values.put(name, "");
                continue;
            }
            String problem = problem(rule, value);
            if (problem != null) {
                return new Invalid(name, problem);
            }
            values.put(name, value);
        }
        return new Bound(values);
    }

    private static String problem(FlowInput rule, String value) {
        int length = value.codePointCount(0, value.length());
        if (length < rule.minLength() || length > rule.maxLength()) {
            return "must be " + rule.minLength() + " to " + rule.maxLength() + " characters long";
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return "must not hold control characters";
        }
        if (rule.type() == InputType.DIGITS && !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "must be digits only";
        }
        if (rule.type() == InputType.NUMBER && !NUMBER.matcher(value).matches()) {
            return "must be a number";
        }
        if (rule.pattern() != null
                && !Pattern.compile(rule.pattern()).matcher(value).matches()) {
            return "does not match its pattern";
        }
        return null;
    }

    static boolean isNumber(FlowOperation operation, String input) {
        FlowInput rule = operation.inputs().get(input);
        return rule != null && rule.type() == InputType.NUMBER;
    }
}
