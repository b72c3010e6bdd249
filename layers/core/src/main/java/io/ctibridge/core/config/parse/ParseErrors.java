package io.ctibridge.core.config.parse;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.ctibridge.core.config.FilterOperator;
import io.ctibridge.core.config.ScalarValue;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns Jackson's errors into a {@link Violation} an operator can act on: the setting's path, what was expected
 * in the profile's own words (not Java types), and the line:column in the document.
 */
final class ParseErrors {

    private ParseErrors() {}

    static Violation toViolation(JsonProcessingException e) {
        String at = at(e.getLocation());
        if (!(e instanceof DatabindException)) {
            return new Violation("", "not valid JSON" + at + ": " + withoutHints(e.getOriginalMessage()));
        }
        String path = pathOf(e);
        return switch (e) {
            case UnrecognizedPropertyException unknown ->
                new Violation(
                        path,
                        "unknown property" + at
                                + "; expected one of "
                                + unknown.getKnownPropertyIds().stream()
                                        .map(String::valueOf)
                                        .sorted()
                                        .collect(Collectors.joining(", ")));
            case InvalidTypeIdException typeId ->
                new Violation(
                        path,
                        (typeId.getTypeId() == null
                                        ? "needs an \"action\""
                                        : "unknown action \"" + typeId.getTypeId() + "\"")
                                + at + "; expected one of "
                                + typeNames(typeId.getBaseType().getRawClass()));
            case InvalidNullException ignored -> new Violation(path, "must not be null" + at);
            case InvalidFormatException format
            when format.getTargetType() != null && format.getTargetType().isEnum() ->
                new Violation(
                        path, "\"" + format.getValue() + "\" is not one of " + enumValues(format.getTargetType()) + at);
            case ValueInstantiationException failed ->
                new Violation(
                        path,
                        (failed.getCause() == null
                                        ? withoutHints(failed.getOriginalMessage())
                                        : failed.getCause().getMessage())
                                + at);
            case MismatchedInputException mismatch when path.isEmpty() -> new Violation("", document(mismatch, at));
            case MismatchedInputException mismatch
            when String.valueOf(mismatch.getOriginalMessage()).contains("`null`") ->
                new Violation(path, "is required and must not be null" + at);
            case MismatchedInputException mismatch
            when mismatch.getTargetType() != null -> new Violation(path, expectation(mismatch.getTargetType()) + at);
            default -> new Violation(path, withoutHints(e.getOriginalMessage()) + at);
        };
    }

    /** {@code searchTargets[1].phoneFields[0]} from Jackson's reference chain. */
    private static String pathOf(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String document(MismatchedInputException e, String at) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("No content")) {
            return "is empty; expected a JSON object";
        }
        if (message.startsWith("Trailing token")) {
            return "has more content after the profile's closing brace" + at;
        }
        return "must be a JSON object { … }" + at;
    }

    private static String expectation(Class<?> type) {
        if (type == ScalarValue.class) {
            return "must be a string, a number, true, false or null";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be text in double quotes";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "must be a list [ … ]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || type.isInterface()) {
            return "must be an object { … }";
        }
        return "must be a " + type.getSimpleName();
    }

    /** The spellings a profile uses, e.g. {@code <=} for {@link FilterOperator#LESS_OR_EQUAL}. */
    private static String enumValues(Class<?> type) {
        Method jsonValue = Arrays.stream(type.getMethods())
                .filter(method -> method.isAnnotationPresent(JsonValue.class))
                .findFirst()
                .orElse(null);
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> spelling(constant, jsonValue))
                .collect(Collectors.joining(", "));
    }

    private static String spelling(Object constant, Method jsonValue) {
        if (jsonValue == null) {
            return ((Enum<?>) constant).name();
        }
        try {
            return String.valueOf(jsonValue.invoke(constant));
        } catch (ReflectiveOperationException e) {
            return ((Enum<?>) constant).name();
        }
    }

    private static String typeNames(Class<?> baseType) {
        JsonSubTypes subTypes = baseType.getAnnotation(JsonSubTypes.class);
        if (subTypes == null) {
            return "the documented values";
        }
        return Arrays.stream(subTypes.value())
                .map(type -> type.value().getAnnotation(JsonTypeName.class))
                .filter(name -> name != null)
                .map(JsonTypeName::value)
                .collect(Collectors.joining(", "));
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1
                ? ""
                : " at line " + location.getLineNr() + ":" + location.getColumnNr();
    }

    /** Jackson appends advice for Java programmers in parentheses and names types in full; drop both. */
    private static String withoutHints(String message) {
        if (message == null) {
            return "malformed value";
        }
        return message.replaceAll(
                        "\\s*\\((?:but |set Deserialization|for POJO property|through reference chain)[^)]*\\)", "")
                .replaceAll("(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)", "$1")
                .replace('$', '.')
                .strip();
    }
}
