package io.ctibridge.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.ctibridge.emulator.error.SalesforceException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces Composite references {@code @{refId.path}} (e.g. {@code @{newContact.id}},
 * {@code @{lookup.records[0].Id}}) with values from earlier subrequest answers.
 */
final class CompositeReferences {
    private static final Pattern REFERENCE = Pattern.compile("@\\{([A-Za-z0-9_]+)((?:\\.[A-Za-z0-9_]+|\\[\\d+])+)}");
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z0-9_]+)|\\[(\\d+)]");

    private final Map<String, JsonNode> answers;

    CompositeReferences(Map<String, JsonNode> answers) {
        this.answers = answers;
    }

    String resolve(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, Matcher.quoteReplacement(lookup(m.group(1), m.group(2)).asText()));
        }
        m.appendTail(out);
        return out.toString();
    }

    JsonNode resolve(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(resolve(node.asText()));
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            node.properties().forEach(e -> copy.set(e.getKey(), resolve(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(element -> copy.add(resolve(element)));
            return copy;
        }
        return node;
    }

    private JsonNode lookup(String referenceId, String path) {
        JsonNode current = answers.get(referenceId);
        Matcher step = STEP.matcher(path);
        while (current != null && step.find()) {
            current = step.group(1) != null ? current.get(step.group(1)) : current.get(Integer.parseInt(step.group(2)));
        }
        if (current == null || current.isNull() || current.isContainerNode()) {
            throw SalesforceException.badRequest(
                    "PROCESSING_HALTED",
                    "Invalid reference specified. No value for " + referenceId + path + " found in " + referenceId
                            + ".");
        }
        return current;
    }
}
