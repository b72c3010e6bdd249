package io.ctibridge.core.config;

/**
 * A value the contact flow passes to an operation as a parameter of the same name, and the rule it must meet. Input
 * that breaks its rule is answered {@code INVALID_INPUT} and never sent to Salesforce.
 *
 * @param type      what the value is (default {@code text})
 * @param pattern   a regular expression the whole value must match, or {@code null}
 * @param minLength fewest characters (default 1)
 * @param maxLength most characters (default 80; at most {@value #MAX_LENGTH})
 * @param required  whether the flow must pass it (default true); an optional input left out binds as empty
 */
public record FlowInput(InputType type, String pattern, Integer minLength, Integer maxLength, Boolean required) {

    public static final int DEFAULT_MAX_LENGTH = 80;
    /** Salesforce's longest text field that can be filtered on is 255 characters. */
    public static final int MAX_LENGTH = 255;

    public FlowInput {
        type = type == null ? InputType.TEXT : type;
        minLength = minLength == null ? 1 : minLength;
        maxLength = maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
        required = required == null ? Boolean.TRUE : required;
    }
}
