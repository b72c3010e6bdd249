package io.ctibridge.function.contactrecord;

import io.ctibridge.core.calllog.CallLogSettings;
import io.ctibridge.core.calllog.CallLogger;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.local.DeadLetterQueueReader;
import io.ctibridge.local.LocalStack;
import io.ctibridge.testkit.AwsTestClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The call logger's world for a test class: moto (DynamoDB, SQS, Secrets Manager) and the Salesforce emulator,
 * set up as the template sets up AWS, and the function wired from the same environment variables as in Lambda.
 * Only the waits are off ({@link CallLogSettings#withoutWaiting()}), so that failure tests do not sleep.
 */
public final class CallLogFixture implements AutoCloseable {

    public static final Predicate<RecordedRequest> API_CALL = RecordedRequest::isApiCall;
    public static final Predicate<RecordedRequest> CREATE_COLLECTION =
            r -> r.method().equals("POST") && r.path().endsWith("/composite/sobjects");
    public static final Predicate<RecordedRequest> UPDATE_COLLECTION =
            r -> r.method().equals("PATCH") && r.path().endsWith("/composite/sobjects");

    public final LocalStack stack;
    public final CompositionRoot environment;
    public final DeadLetterQueueReader deadLetters;
    private final SqsClient sqs;

    private CallLogFixture(LocalStack stack) {
        this.stack = stack;
        this.environment = new CompositionRoot(stack.functionEnvironment(), Clock.systemUTC());
        this.sqs = AwsTestClients.sqs(stack.moto().endpoint());
        this.deadLetters = new DeadLetterQueueReader(sqs, stack.callLogDeadLetterQueueUrl());
    }

    public static CallLogFixture start(String suffix) {
        return new CallLogFixture(LocalStack.startIsolated(suffix, EmulatorConfig.defaults()));
    }

    /** A call log as the handlers' no-arg constructors build it, but without waits. */
    public CallLogger callLogger() {
        return environment.callLogger(CallLogSettings.defaults().withoutWaiting());
    }

    public ContactRecordHandler recordHandler() {
        return new ContactRecordHandler(callLogger(), JsonLog.stdout(ContactRecordHandler.class));
    }

    /** What the caller lookup stores for a call: the profile used and the ranked matches. */
    public void lookedUp(String contactId, String profile, CallerMatch... matches) {
        environment
                .contactStates()
                .save(
                        new LookupResult(
                                contactId,
                                profile,
                                matches.length == 0
                                        ? LookupStatus.NONE
                                        : matches.length == 1 ? LookupStatus.MATCH : LookupStatus.MULTIPLE,
                                "+14155550123",
                                List.of(matches),
                                "",
                                Instant.now()),
                        Duration.ofHours(1));
    }

    public String insert(String type, Map<String, Object> fields) {
        return stack.salesforce().records().insert(type, new HashMap<>(fields));
    }

    /** The Tasks whose CallObject is the contact, as stored in the org. */
    public List<Map<String, Object>> tasks(String contactId) {
        return stack.salesforce().records().all("Task").stream()
                .filter(task -> contactId.equals(task.get("CallObject")))
                .toList();
    }

    /** The one Task of the contact; fails when there is none or more than one. */
    public Map<String, Object> task(String contactId) {
        List<Map<String, Object>> tasks = tasks(contactId);
        if (tasks.size() != 1) {
            throw new AssertionError("expected exactly one Task for " + contactId + ", found " + tasks.size());
        }
        return tasks.getFirst();
    }

    /** The VoiceCalls whose VendorCallKey is the contact, as stored in the org. */
    public List<Map<String, Object>> voiceCalls(String contactId) {
        return stack.salesforce().records().all("VoiceCall").stream()
                .filter(call -> contactId.equals(call.get("VendorCallKey")))
                .toList();
    }

    /** The one VoiceCall of the contact; fails when there is none or more than one. */
    public Map<String, Object> voiceCall(String contactId) {
        List<Map<String, Object>> calls = voiceCalls(contactId);
        if (calls.size() != 1) {
            throw new AssertionError("expected exactly one VoiceCall for " + contactId + ", found " + calls.size());
        }
        return calls.getFirst();
    }

    /** The id of the seeded record of {@code type} whose {@code field} is {@code value}. */
    public String seeded(String type, String field, Object value) {
        return stack.salesforce().records().all(type).stream()
                .filter(record -> value.equals(record.get(field)))
                .map(record -> (String) record.get("Id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " with " + field + " = " + value));
    }

    public String userId(String username) {
        return stack.salesforce().records().all("User").stream()
                .filter(user -> username.equals(user.get("Username")))
                .map(user -> (String) user.get("Id"))
                .findFirst()
                .orElseThrow();
    }

    public int requests(Predicate<RecordedRequest> filter) {
        return stack.salesforce().requests().count(filter);
    }

    @Override
    public void close() {
        sqs.close();
        stack.close();
    }
}
