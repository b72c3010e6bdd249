package io.ctibridge.cli.call;

import com.fasterxml.jackson.databind.JsonNode;
import io.ctibridge.core.phone.PhoneMasking;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the Task of a simulated call must say, from what the call was and what the lookup found (the call log's
 * contract, functions/contact-records/README.md): one line per field that does not.
 */
final class TaskChecks {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    private TaskChecks() {}

    static List<String> mismatches(SimulatedCall call, JsonNode lookup, JsonNode task) {
        List<String> problems = new ArrayList<>();
        expect(problems, task, "CallObject", call.contactId());
        expect(problems, task, "CallType", "Inbound");
        long duration = task.path("CallDurationInSeconds").asLong(-1);
        if (duration != call.talkSeconds()) {
            problems.add("CallDurationInSeconds is " + text(task, "CallDurationInSeconds") + ", expected "
                    + call.talkSeconds());
        }
        expect(
                problems,
                task,
                "CallDisposition",
                call.outcome() == SimulatedCall.Outcome.ABANDONED ? "Abandoned" : "CUSTOMER_DISCONNECT");
        String recordType = lookup.path("recordType").asText("");
        String expectedWho = recordType.equals("Contact") || recordType.equals("Lead")
                ? lookup.path("recordId").asText()
                : null;
        expect(problems, task, "WhoId", expectedWho);
        String subject = text(task, "Subject");
        boolean namesCaller = E164.matcher(call.from()).matches()
                ? subject != null && (subject.contains(call.from()) || subject.contains(PhoneMasking.mask(call.from())))
                : subject != null && subject.contains("withheld number");
        if (!namesCaller) {
            problems.add("Subject '" + subject + "' does not name the caller as the call log does ("
                    + (E164.matcher(call.from()).matches() ? "the number or its masked form" : "'withheld number'")
                    + ")");
        }
        return problems;
    }

    private static void expect(List<String> problems, JsonNode task, String field, String expected) {
        String actual = text(task, field);
        if (!Objects.equals(actual, expected)) {
            problems.add(field + " is " + (actual == null ? "empty" : "'" + actual + "'") + ", expected "
                    + (expected == null ? "empty" : "'" + expected + "'"));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asText().isEmpty() ? null : value.asText();
    }
}
