package io.ctibridge.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.local.LambdaContext;
import io.ctibridge.local.LocalStack;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The local stack the figures are measured against (moto and the Salesforce emulator's demo org on loopback, both
 * started here), with the record {@link LookupScenario#MATCH} finds, and the emulator's request log as the
 * source of every Salesforce request count.
 */
public final class BenchStack implements AutoCloseable {

    /** Lambda sets it; AwsSettings would fall back to us-east-1 for a local endpoint anyway. */
    private static final String REGION = "us-east-1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;

    private BenchStack(LocalStack stack) {
        this.stack = stack;
    }

    public static BenchStack start() {
        LocalStack stack = LocalStack.startStandalone(EmulatorConfig.defaults());
        try {
            stack.salesforce()
                    .records()
                    .insert(
                            "Contact",
                            new HashMap<>(
                                    Map.of("FirstName", "Bench", "LastName", "Match", "Phone", "(312) 555-0147")));
            return new BenchStack(stack);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public LocalStack stack() {
        return stack;
    }

    /**
     * The stack's default profile (the demo one: mappings, Contact Lens on) logging to {@code destination} (Task,
     * VoiceCall, both). An environment built before keeps the profile it cached: build a new one after.
     */
    public void logTo(String destination) {
        ProfileParser parser = new ProfileParser();
        try {
            Profile current =
                    stack.profiles().get(Profile.DEFAULT_NAME).orElseThrow().profile();
            ObjectNode document = (ObjectNode) JSON.readTree(parser.toJson(current));
            ((ObjectNode) document.get("callLog")).put("destination", destination);
            stack.profiles().put(parser.parse(document.toString()), "bench");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Lambda context for one invocation: its remaining time counts from when it is made. */
    public static LambdaContext invocation() {
        return new LambdaContext("ctibridge-bench", Duration.ofSeconds(30));
    }

    /** The environment Lambda gives the function, pointing at this stack. */
    public Map<String, String> lambdaEnvironment() {
        Map<String, String> env = new HashMap<>(stack.functionEnvironment());
        env.put("AWS_REGION", REGION);
        return Map.copyOf(env);
    }

    /** Every request the emulator has received (API and token). */
    public int requests() {
        return stack.salesforce().requests().count();
    }

    public int apiRequests() {
        return stack.salesforce().requests().count(RecordedRequest::isApiCall);
    }

    public int tokenRequests() {
        return stack.salesforce().requests().count(RecordedRequest::isTokenRequest);
    }

    /** The Salesforce Tasks logging the Amazon Connect contact {@code contactId} (CallObject holds its id). */
    public long tasksLogging(String contactId) {
        return stack.salesforce().records().all("Task").stream()
                .filter(task -> contactId.equals(task.get("CallObject")))
                .count();
    }

    /** The VoiceCalls logging the contact (VendorCallKey holds its id). */
    public long voiceCallsLogging(String contactId) {
        return stack.salesforce().records().all("VoiceCall").stream()
                .filter(call -> contactId.equals(call.get("VendorCallKey")))
                .count();
    }

    @Override
    public void close() {
        stack.close();
    }
}
