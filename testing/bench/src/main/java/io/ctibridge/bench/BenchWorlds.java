package io.ctibridge.bench;

import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.observability.LogSink;
import io.ctibridge.core.priming.CannedWorld;
import io.ctibridge.core.priming.DynamoDbAndSecretsManagerAnswers;
import io.ctibridge.core.root.OutsideWorld;
import io.ctibridge.core.salesforce.http.HttpSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import okhttp3.Request;
import okhttp3.Response;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The outside worlds the benchmarks build the functions' services on, always through the composition root: the
 * stack's (moto and the emulator) with timers at the wire, and memory for the in-process path.
 */
final class BenchWorlds {

    /**
     * The parameterizedSearch answer of the in-process path: two Contacts sharing the caller's line, as the demo
     * org has them, so ranking has work to do.
     */
    private static final String SEARCH_ANSWER = """
            {"searchRecords":[
             {"attributes":{"type":"Contact","url":"/services/data/v68.0/sobjects/Contact/003000000000001AAA"},
              "Id":"003000000000001AAA","Name":"Jane Doe","Phone":"(415) 555-0123","MobilePhone":"415-555-0124",
              "HomePhone":null,"OtherPhone":null,"AccountId":"001000000000001AAA",
              "Account":{"attributes":{"type":"Account"},"Name":"Acme Robotics"},
              "LastModifiedDate":"2026-09-14T16:20:00.000+0000"},
             {"attributes":{"type":"Contact","url":"/services/data/v68.0/sobjects/Contact/003000000000002AAA"},
              "Id":"003000000000002AAA","Name":"Jim Doe","Phone":"415.555.0123","MobilePhone":null,
              "HomePhone":null,"OtherPhone":null,"AccountId":"001000000000001AAA",
              "Account":{"attributes":{"type":"Account"},"Name":"Acme Robotics"},
              "LastModifiedDate":"2026-11-02T08:45:00.000+0000"}]}""";

    private BenchWorlds() {}

    /**
     * {@code world} with the Salesforce round trips timed by {@code salesforce} and the contact-state writes by
     * {@code stateWrites}, logging to {@code logs}.
     */
    static OutsideWorld timed(
            OutsideWorld world, CallTimer salesforce, CallTimer stateWrites, PrintStream logs, Clock clock) {
        return world.withSalesforce(world.salesforce()
                        .withHttp(world.salesforce()
                                .http()
                                .newBuilder()
                                .addInterceptor(chain -> salesforce.time(() -> proceed(chain, chain.request())))
                                .build()))
                .withAwsInterceptor(new TimedPutItem(world.settings().tables().contactState(), stateWrites))
                .withLogs(new LogSink(logs, JsonLog.Level.DEBUG, clock))
                .withClock(clock);
    }

    /** Salesforce, DynamoDB and Secrets Manager answered from memory: only the function's own work is left. */
    static OutsideWorld inProcess(Clock clock) {
        return new CannedWorld(
                        HttpSettings.defaults().newClient(),
                        request -> request.url().encodedPath().endsWith("/parameterizedSearch/")
                                ? SEARCH_ANSWER
                                : "{\"totalSize\":0,\"done\":true,\"records\":[]}",
                        new DynamoDbAndSecretsManagerAnswers(),
                        clock)
                .world();
    }

    private static Response proceed(okhttp3.Interceptor.Chain chain, Request request) {
        try {
            return chain.proceed(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Times the PutItem calls to one table (the contact state the lookup writes). */
    private static final class TimedPutItem implements ExecutionInterceptor {

        private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("bench.started");

        private final String table;
        private final CallTimer timer;

        TimedPutItem(String table, CallTimer timer) {
            this.table = table;
            this.timer = timer;
        }

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof PutItemRequest put
                    && put.tableName().equals(table)) {
                attributes.putAttribute(STARTED, System.nanoTime());
            }
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            stop(attributes);
        }

        @Override
        public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
            stop(attributes);
        }

        private void stop(ExecutionAttributes attributes) {
            Long started = attributes.getAttribute(STARTED);
            if (started != null) {
                timer.add(System.nanoTime() - started);
            }
        }
    }
}
