package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.observability.LogSink;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.root.OutsideWorld;
import io.ctibridge.function.lookup.CallerLookupHandler;
import io.ctibridge.local.ConnectFlowEvents;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * {@code bin/bench --operations} (issue 18): the contact flow's named operations of the README's worked example
 * ({@code profiles/support-operations.json}) next to the caller lookup, warm, through the caller-lookup handler wired
 * as in Lambda against moto and the emulator: Salesforce API requests per operation (the emulator's request log),
 * DynamoDB requests per operation, and the handler's time less the Salesforce and DynamoDB round trips (timed by an
 * OkHttp interceptor on the Salesforce client and an SDK interceptor on the AWS clients, per call).
 */
public final class OperationFigures {

    private static final String CALLER = "+13125550147"; // the bench stack's one-match Contact

    /** One kind of call measured: how to make its event, and the status it must get. */
    private record Scenario(
            String label, String statusKey, String expected, Function<OperationFigures, ConnectEvent> event) {}

    private final BenchStack stack;
    private final CallerLookupHandler handler;
    private final AtomicLong salesforceNanos = new AtomicLong();
    private final AtomicLong awsNanos = new AtomicLong();
    private final AtomicInteger awsCalls = new AtomicInteger();
    private final PrintStream progress;
    private ConnectEvent lastCreate;

    private OperationFigures(BenchStack stack, Path root, PrintStream progress) throws IOException {
        this.stack = stack;
        this.progress = progress;
        stack.stack()
                .profiles()
                .put(
                        new ProfileParser().parse(Files.readString(root.resolve("profiles/support-operations.json"))),
                        "bench");
        OutsideWorld plain = OutsideWorld.fromEnvironment(stack.lambdaEnvironment(), Clock.systemUTC());
        OkHttpClient timed = plain.salesforce()
                .http()
                .newBuilder()
                .addInterceptor(salesforceTimer())
                .build();
        OutsideWorld world = plain.withSalesforce(plain.salesforce().withHttp(timed))
                .withAwsInterceptor(awsTimer())
                .withLogs(LogSink.nowhere(Clock.systemUTC()));
        this.handler = new CallerLookupHandler(new CompositionRoot(world));
    }

    /** Measures every scenario: {@code warmup} discarded calls, then {@code calls} measured ones. */
    public static String run(Path root, int warmup, int calls, PrintStream progress) {
        try (BenchStack stack = BenchStack.start()) {
            return new OperationFigures(stack, root, progress).measure(warmup, calls);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String measure(int warmup, int calls) {
        List<Scenario> scenarios = List.of(
                new Scenario("caller lookup, one match (for comparison)", "lookupStatus", "MATCH", f -> f.lookup()),
                new Scenario(
                        "find: Case by number (findCase)",
                        "operationStatus",
                        "FOUND",
                        f -> f.operation("findCase", Map.of("caseNumber", "00001001"))),
                new Scenario(
                        "find: input breaks its rule",
                        "operationStatus",
                        "INVALID_INPUT",
                        f -> f.operation("findCase", Map.of("caseNumber", "12a45"))),
                new Scenario(
                        "create: a Case (createCase), read back",
                        "operationStatus",
                        "CREATED",
                        f -> f.lastCreate = f.lookedUp("createCase", Map.of("reason", "bench"))),
                new Scenario(
                        "create: Connect's retry of that create",
                        "operationStatus",
                        "CREATED",
                        f -> f.retryOfLastCreate()),
                new Scenario(
                        "update: stamp the caller's Contact (stampIvrVisit)",
                        "operationStatus",
                        "UPDATED",
                        f -> f.lookedUp("stampIvrVisit", Map.of())));
        FiguresTable counts = new FiguresTable(
                "Call", "Answered as expected", "SF API requests / call", "fewest–most", "DynamoDB requests / call");
        FiguresTable times = new FiguresTable(
                "Call (ms, median / p90 / p99)",
                "Handler total",
                "Salesforce round trips",
                "DynamoDB round trips",
                "Handler excluding Salesforce and DynamoDB");
        for (Scenario scenario : scenarios) {
            progress.println("[bench] operations: " + scenario.label());
            for (int i = 0; i < warmup; i++) {
                handler.handleEvent(scenario.event().apply(this), null);
            }
            long[] total = new long[calls];
            long[] salesforce = new long[calls];
            long[] aws = new long[calls];
            long[] own = new long[calls];
            int expected = 0;
            int apiRequests = 0;
            int fewest = Integer.MAX_VALUE;
            int most = 0;
            int dynamo = 0;
            for (int i = 0; i < calls; i++) {
                if (scenario.label().startsWith("create: Connect")) {
                    lastCreate = lookedUp("createCase", Map.of("reason", "bench"));
                }
                ConnectEvent event = scenario.event().apply(this);
                salesforceNanos.set(0);
                awsNanos.set(0);
                awsCalls.set(0);
                int before = stack.apiRequests();
                long started = System.nanoTime();
                Map<String, String> answer = handler.handleEvent(event, null);
                total[i] = System.nanoTime() - started;
                int made = stack.apiRequests() - before;
                salesforce[i] = salesforceNanos.get();
                aws[i] = awsNanos.get();
                own[i] = total[i] - salesforce[i] - aws[i];
                apiRequests += made;
                fewest = Math.min(fewest, made);
                most = Math.max(most, made);
                dynamo += awsCalls.get();
                if (scenario.expected().equals(answer.get(scenario.statusKey()))) {
                    expected++;
                }
            }
            counts.row(
                    scenario.label(),
                    expected + "/" + calls + " " + scenario.expected(),
                    String.format(Locale.ROOT, "%.2f", (double) apiRequests / calls),
                    fewest + "–" + most,
                    String.format(Locale.ROOT, "%.2f", (double) dynamo / calls));
            times.row(scenario.label(), ms(total), ms(salesforce), ms(aws), ms(own));
        }
        return "#### Salesforce and DynamoDB requests per call (" + calls + " calls of each after " + warmup
                + " warm-up calls)\n\n" + counts.toMarkdown()
                + "\n#### Warm handler time per call, against the stack\n\n"
                + times.toMarkdown();
    }

    private ConnectEvent lookup() {
        return ConnectFlowEvents.inbound(CALLER, Map.of("profile", "support"));
    }

    private ConnectEvent operation(String name, Map<String, String> inputs) {
        Map<String, Object> parameters = new HashMap<>(inputs);
        parameters.put("operation", name);
        parameters.put("profile", "support");
        return ConnectFlowEvents.inbound(CALLER, parameters);
    }

    /** An operation of a contact the flow has looked up first (the lookup itself is not measured). */
    private ConnectEvent lookedUp(String name, Map<String, String> inputs) {
        ConnectEvent event = lookup();
        handler.handleEvent(event, null);
        Map<String, Object> parameters = new HashMap<>(inputs);
        parameters.put("operation", name);
        parameters.put("profile", "support");
        event.getDetails().setParameters(parameters);
        return event;
    }

    /** The create just made, sent again as Connect retries it; the first attempt is not measured. */
    private ConnectEvent retryOfLastCreate() {
        handler.handleEvent(lastCreate, null);
        return lastCreate;
    }

    private static String ms(long[] samples) {
        Stats stats = Stats.of(samples);
        return String.format(
                Locale.ROOT, "%.3f / %.3f / %.3f", stats.median() / 1e6, stats.p90() / 1e6, stats.p99() / 1e6);
    }

    private Interceptor salesforceTimer() {
        return chain -> {
            long started = System.nanoTime();
            try {
                return chain.proceed(chain.request());
            } finally {
                salesforceNanos.addAndGet(System.nanoTime() - started);
            }
        };
    }

    private ExecutionInterceptor awsTimer() {
        ExecutionAttribute<Long> startedAt = new ExecutionAttribute<>("ctibridge.bench.operationStarted");
        return new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                attributes.putAttribute(startedAt, System.nanoTime());
                awsCalls.incrementAndGet();
            }

            @Override
            public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                awsNanos.addAndGet(System.nanoTime() - attributes.getAttribute(startedAt));
            }

            @Override
            public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
                Long started = attributes.getAttribute(startedAt);
                if (started != null) {
                    awsNanos.addAndGet(System.nanoTime() - started);
                }
            }
        };
    }
}
