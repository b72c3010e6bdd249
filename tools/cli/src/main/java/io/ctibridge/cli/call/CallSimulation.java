package io.ctibridge.cli.call;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Drives one {@link SimulatedCall} through lookup, pop and contact record, reads its Task back and checks it,
 * printing each step as it goes. A step that fails is reported and the call goes on where it still can (a
 * refused pop does not stop the call log); only a lookup without an answer ends it, there is no token to pop with.
 */
public final class CallSimulation {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final CallPath path;
    private final TaskReader tasks;
    private final PrintWriter out;
    private final String profile;
    private AnalysisDelivery analysis;

    public CallSimulation(CallPath path, TaskReader tasks, PrintWriter out) {
        this(path, tasks, out, null);
    }

    /** @param profile the profile the flow names for the lookup (and so the call log); null for the default */
    public CallSimulation(CallPath path, TaskReader tasks, PrintWriter out, String profile) {
        this.path = Objects.requireNonNull(path, "path");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.out = Objects.requireNonNull(out, "out");
        this.profile = profile;
    }

    /** Also delivers a Contact Lens analysis for the call after its contact record (null: none). */
    public CallSimulation withAnalysis(AnalysisDelivery delivery) {
        this.analysis = delivery;
        return this;
    }

    /** What happened: the lookup's answer, the Tasks found, and every problem (none: the call went through). */
    public record Result(JsonNode lookup, List<JsonNode> tasks, List<String> problems) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    public Result run(SimulatedCall call) {
        List<String> problems = new ArrayList<>();
        out.println("call " + call.contactId() + ": from " + call.from() + " to " + call.to() + ", "
                + (call.agent()
                        .map(agent ->
                                "answered by " + agent + ", " + call.duration().toSeconds() + " s talk")
                        .orElse("abandoned after " + call.duration().toSeconds() + " s")));

        step("1. caller lookup", path.describe(CallPath.Step.LOOKUP));
        JsonNode lookup = path.lookup(
                profile == null ? ConnectEvents.contactFlowEvent(call) : ConnectEvents.contactFlowEvent(call, profile));
        print(lookup);
        String popToken = lookup.path("popToken").asText("");
        if (popToken.isEmpty()) {
            problems.add("the lookup answered no popToken");
        }

        step("2. screen pop", path.describe(CallPath.Step.POP));
        CallPath.HttpAnswer pop = path.pop(call.contactId(), popToken);
        out.println("   → " + pop.status());
        print(pop.body());
        if (pop.status() != 200) {
            problems.add("the screen pop answered " + pop.status());
        }

        step("3. contact record", path.describe(CallPath.Step.CONTACT_RECORD));
        ObjectNode contactRecord = ConnectEvents.contactRecord(call);
        print(contactRecord);
        JsonNode logged = path.logContactRecord(contactRecord);
        out.println("   → " + compact(logged));
        if (!logged.path("batchItemFailures").isArray()
                || !logged.path("batchItemFailures").isEmpty()) {
            problems.add("the call logger reported the record as failed: " + compact(logged));
        }

        if (analysis != null) {
            step("3b. Contact Lens analysis", analysis.describe());
            JsonNode delivered = analysis.deliver(call.contactId());
            print(delivered);
            if (delivered.path("status").asInt() != 200) {
                problems.add("the contact-analysis route answered " + compact(delivered));
            }
        }

        step("4. Task in Salesforce", tasks.describeTasks());
        List<JsonNode> found = tasks.tasks(call.contactId());
        found.forEach(this::print);
        step("5. VoiceCall in Salesforce", tasks.describeVoiceCalls());
        List<JsonNode> voiceCalls = voiceCalls(call.contactId());
        voiceCalls.forEach(this::print);
        if (voiceCalls.isEmpty()) {
            out.println("   (none: the profile's call log writes Tasks only)");
        } else if (voiceCalls.size() > 1) {
            problems.add(voiceCalls.size() + " VoiceCalls have VendorCallKey " + call.contactId() + ", expected one");
        }
        if (found.isEmpty() && voiceCalls.size() == 1) {
            // A profile whose destination is VoiceCall: the VoiceCall is the call log.
        } else if (found.size() != 1) {
            problems.add(
                    found.isEmpty()
                            ? "no Task has CallObject " + call.contactId()
                            : found.size() + " Tasks have CallObject " + call.contactId() + ", expected one");
        } else {
            problems.addAll(TaskChecks.mismatches(call, lookup, found.getFirst()));
        }

        out.println();
        out.println(
                problems.isEmpty()
                        ? "ok: lookup, pop and call log as expected"
                        : "FAILED: " + problems.size() + " problem(s)");
        problems.forEach(problem -> out.println("  - " + problem));
        out.flush();
        return new Result(lookup, found, List.copyOf(problems));
    }

    /** A real org without Salesforce Voice has no VoiceCall object: then there is none to show. */
    private List<JsonNode> voiceCalls(String contactId) {
        try {
            return tasks.voiceCalls(contactId);
        } catch (RuntimeException e) {
            out.println("   (not readable: " + e.getMessage() + ")");
            return List.of();
        }
    }

    private void step(String name, String where) {
        out.println();
        out.println(name + "  " + where);
    }

    private void print(JsonNode node) {
        if (node == null) {
            out.println("   (no JSON body)");
            return;
        }
        try {
            JSON.writeValueAsString(node).lines().forEach(line -> out.println("   " + line));
        } catch (JsonProcessingException e) {
            out.println("   " + node);
        }
    }

    private static String compact(JsonNode node) {
        return node == null ? "(no JSON body)" : node.toString();
    }
}
