package io.ctibridge.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A text value of an operation's {@code fields}, with placeholders filled in per call: {@code "IVR call from
 * ${call.callerNumber}"}. Parsed here so that the validator and the operation read the same grammar.
 *
 * <ul>
 *   <li>{@code ${input.<name>}} — a flow input of the operation, after its rule was checked
 *   <li>{@code ${attribute.<name>}} — a contact attribute of the call
 *   <li>{@code ${call.contactId|callerNumber|dialedNumber|channel|queue|now}} — the call itself
 *   <li>{@code ${lookup.recordId|recordType|recordName|accountId|contactId|leadId}} — the caller lookup's best match
 *   <li>{@code ${operation.<name>.recordId}} — the record an earlier operation of the contact found or created
 * </ul>
 *
 * {@code $$} writes a literal {@code $}. A value that is one placeholder and nothing else, and comes out empty, leaves
 * the field out of the write rather than writing an empty string into it.
 */
public record FieldTemplate(List<Part> parts) {

    public static final Set<String> CALL_VALUES =
            Set.of("contactId", "callerNumber", "dialedNumber", "channel", "queue", "now");
    public static final Set<String> LOOKUP_VALUES =
            Set.of("recordId", "recordType", "recordName", "accountId", "contactId", "leadId");

    /** A piece of a template: literal text or a placeholder. */
    public sealed interface Part {}

    public record Literal(String text) implements Part {}

    /**
     * @param source {@code input}, {@code attribute}, {@code call}, {@code lookup} or {@code operation}
     * @param name   the input, attribute, call or lookup value, or the operation's name
     */
    public record Placeholder(String source, String name) implements Part {
        @Override
        public String toString() {
            return "${" + source + "." + name + ("operation".equals(source) ? ".recordId" : "") + "}";
        }
    }

    /** Thrown for text that is not a template; the message says what is wrong. */
    public static final class BadTemplateException extends IllegalArgumentException {
        BadTemplateException(String message) {
            super(message);
        }
    }

    public FieldTemplate {
        parts = List.copyOf(parts);
    }

    public static FieldTemplate parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$') {
                literal.append(c);
                i++;
            } else if (text.startsWith("$$", i)) {
                literal.append('$');
                i += 2;
            } else if (text.startsWith("${", i)) {
                int end = text.indexOf('}', i);
                if (end < 0) {
                    throw new BadTemplateException("'${' at " + i + " has no closing '}' (write $$ for a literal $)");
                }
                if (!literal.isEmpty()) {
                    parts.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(placeholder(text.substring(i + 2, end)));
                i = end + 1;
            } else {
                throw new BadTemplateException("a lone '$' at " + i + ": write $$ for a literal $, ${...} for a value");
            }
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        return new FieldTemplate(parts);
    }

    private static Placeholder placeholder(String body) {
        String[] segments = body.split("\\.", -1);
        String source = segments[0];
        switch (source) {
            case "input", "attribute" -> {
                if (segments.length == 2 && !segments[1].isEmpty()) {
                    return new Placeholder(source, segments[1]);
                }
            }
            case "call" -> {
                if (segments.length == 2 && CALL_VALUES.contains(segments[1])) {
                    return new Placeholder(source, segments[1]);
                }
                throw new BadTemplateException("${" + body + "}: call values are " + sorted(CALL_VALUES));
            }
            case "lookup" -> {
                if (segments.length == 2 && LOOKUP_VALUES.contains(segments[1])) {
                    return new Placeholder(source, segments[1]);
                }
                throw new BadTemplateException("${" + body + "}: lookup values are " + sorted(LOOKUP_VALUES));
            }
            case "operation" -> {
                if (segments.length == 3 && !segments[1].isEmpty() && segments[2].equals("recordId")) {
                    return new Placeholder(source, segments[1]);
                }
                throw new BadTemplateException("${" + body + "}: write ${operation.<name>.recordId}");
            }
            default -> {}
        }
        throw new BadTemplateException(
                "${" + body + "}: expected ${input.<name>}, ${attribute.<name>}, ${call.<value>},"
                        + " ${lookup.<value>} or ${operation.<name>.recordId}");
    }

    /** The placeholders, in order. */
    public List<Placeholder> placeholders() {
        return parts.stream()
                .filter(Placeholder.class::isInstance)
                .map(Placeholder.class::cast)
                .toList();
    }

    /**
     * The text with every placeholder replaced by {@code values}' answer (empty when it has none); empty when the
     * template is a single placeholder without a value, so that the field is left out.
     */
    public Optional<String> render(Function<Placeholder, String> values) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Literal literal -> out.append(literal.text());
                case Placeholder placeholder -> out.append(Objects.requireNonNullElse(values.apply(placeholder), ""));
            }
        }
        if (out.isEmpty() && parts.size() == 1 && parts.getFirst() instanceof Placeholder) {
            return Optional.empty();
        }
        return Optional.of(out.toString());
    }

    private static String sorted(Set<String> names) {
        return String.join(", ", names.stream().sorted().toList());
    }
}
