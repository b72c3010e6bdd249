package io.ctibridge.calllog;

import io.ctibridge.core.calllog.CallLogSettings;
import io.ctibridge.core.calllog.CallLogger;
import io.ctibridge.core.config.LookupStatus;
import io.ctibridge.core.lookup.CallerMatch;
import io.ctibridge.core.lookup.LookupResult;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.wiring.FunctionEnvironment;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.local.DeadLetterQueue;
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
final class CallLogFixture implements AutoCloseable {

    static final Predicate<RecordedRequest> API_CALL = RecordedRequest::isApiCall;
    static final Predicate<RecordedRequest> CREATE_COLLECTION =
            r -> r.method().equals("POST") && r.path().endsWith("/composite/sobjects");
    static final Predicate<RecordedRequest> UPDATE_COLLECTION =
            r -> r.method().equals("PATCH") && r.path().endsWith("/composite/sobjects");

    final LocalStack stack;
    final FunctionEnvironment environment;
    final DeadLetterQueue deadLetters;
    private final SqsClient sqs;

    private CallLogFixture(LocalStack stack) {
        this.stack = stack;
        this.environment = new FunctionEnvironment(stack.functionEnvironment(), Clock.systemUTC());
        this.sqs = AwsTestClients.sqs(stack.moto().endpoint());
        this.deadLetters = new DeadLetterQueue(sqs, stack.callLogDeadLetterQueueUrl());
    }

    static CallLogFixture start(String suffix) {
        return new CallLogFixture(LocalStack.startIsolated(suffix, EmulatorConfig.defaults()));
    }

    /** A call log as the handlers' no-arg constructors build it, but without waits. */
    CallLogger callLogger() {
        return CallLogWiring.callLogger(environment, CallLogSettings.defaults().withoutWaiting());
    }

    ContactRecordHandler recordHandler() {
        return new ContactRecordHandler(callLogger(), JsonLog.stdout(ContactRecordHandler.class));
    }

    /** What the caller lookup stores for a call: the profile used and the ranked matches. */
    void lookedUp(String contactId, String profile, CallerMatch... matches) {
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

    String insert(String type, Map<String, Object> fields) {
        return stack.salesforce().records().insert(type, new HashMap<>(fields));
    }

    /** The Tasks whose CallObject is the contact, as stored in the org. */
    List<Map<String, Object>> tasks(String contactId) {
        return stack.salesforce().records().all("Task").stream()
                .filter(task -> contactId.equals(task.get("CallObject")))
                .toList();
    }

    /** The one Task of the contact; fails when there is none or more than one. */
    Map<String, Object> task(String contactId) {
        List<Map<String, Object>> tasks = tasks(contactId);
        if (tasks.size() != 1) {
            throw new AssertionError("expected exactly one Task for " + contactId + ", found " + tasks.size());
        }
        return tasks.getFirst();
    }

    /** The id of the seeded record of {@code type} whose {@code field} is {@code value}. */
    String seeded(String type, String field, Object value) {
        return stack.salesforce().records().all(type).stream()
                .filter(record -> value.equals(record.get(field)))
                .map(record -> (String) record.get("Id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " with " + field + " = " + value));
    }

    String userId(String username) {
        return stack.salesforce().records().all("User").stream()
                .filter(user -> username.equals(user.get("Username")))
                .map(user -> (String) user.get("Id"))
                .findFirst()
                .orElseThrow();
    }

    int requests(Predicate<RecordedRequest> filter) {
        return stack.salesforce().requests().count(filter);
    }

    @Override
    public void close() {
        sqs.close();
        stack.close();
    }
}
