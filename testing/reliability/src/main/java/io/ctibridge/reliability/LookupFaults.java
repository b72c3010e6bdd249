package io.ctibridge.reliability;

import io.ctibridge.core.aws.AwsSettings;
import io.ctibridge.core.aws.TableNames;
import io.ctibridge.core.lookup.FlowResponse;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.root.DeploymentSettings;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.function.lookup.CallerLookupHandler;
import io.ctibridge.local.ConnectFlowEvents;
import io.ctibridge.local.LocalStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Caller lookups through the real handler, wired from the stack's environment as in Lambda, under one fault at a
 * time: each answer is timed and checked against the flow contract. Lookups of a round run side by side, as
 * calls ringing at once do.
 */
public final class LookupFaults {

    /** Numbers of the emulator's demo seed (a match, a shared number, a UK number), one nobody has, one withheld. */
    public static final List<String> CALLERS =
            List.of("+14155550199", "+14155550123", "+442079460958", "+14155559876", "+14155550177", "anonymous");

    private final LocalStack stack;
    private final Duration deadline;
    private final Duration margin;

    /**
     * @param deadline the profile's lookupDeadlineMs (the default profile's 3 s)
     * @param margin   what an answer may take beyond it (handler, JSON, thread hand-over on a busy machine)
     */
    public LookupFaults(LocalStack stack, Duration deadline, Duration margin) {
        this.stack = stack;
        this.deadline = deadline;
        this.margin = margin;
    }

    /** The faults of the suite: latency steps up to {@code maxLatency}, Salesforce errors, DynamoDB trouble. */
    public static List<LookupFaultScenario> scenarios(List<Duration> latencies, LocalStack stack) {
        List<LookupFaultScenario> scenarios = new ArrayList<>();
        latencies.forEach(delay -> scenarios.add(LookupFaultScenario.latency(delay)));
        scenarios.add(LookupFaultScenario.salesforce(
                "Salesforce 503 on every call", f -> f.failEvery(1, 503, "SERVER_UNAVAILABLE", "maintenance")));
        scenarios.add(LookupFaultScenario.salesforce(
                "Salesforce 500 once", f -> f.failNext(1, 500, "UNKNOWN_EXCEPTION", "An unexpected error occurred")));
        scenarios.add(LookupFaultScenario.salesforce("connection reset (2 per round)", f -> f.dropConnections(2)));
        scenarios.add(LookupFaultScenario.salesforce("connection reset (every call)", f -> f.dropConnections(1_000)));
        scenarios.add(LookupFaultScenario.salesforce("expired session", f -> f.expireAllSessions()));
        scenarios.add(LookupFaultScenario.salesforce("REQUEST_LIMIT_EXCEEDED", f -> f.limitExceeded(true)));
        scenarios.add(LookupFaultScenario.environment(
                "contact-state table missing", Map.of(TableNames.CONTACT_STATE_ENV, "ctibridge-no-such-table")));
        scenarios.add(LookupFaultScenario.environment(
                "config table missing", Map.of(TableNames.CONFIG_ENV, "ctibridge-no-such-table")));
        scenarios.add(LookupFaultScenario.environment(
                "DynamoDB and Secrets Manager down (moto stopped)",
                Map.of(AwsSettings.ENDPOINT_ENV, "http://127.0.0.1:" + closedPort())));
        return scenarios;
    }

    /**
     * Sequential lookups of one known caller through the handler.
     *
     * @param breaker    as configured, for the figures
     * @param statuses   lookupStatus counts
     * @param apiCalls   Salesforce API calls the lookups made
     */
    public record SequentialFigures(
            String breaker, Duration latency, Latencies latencies, Map<String, Long> statuses, int apiCalls) {}

    /**
     * {@code lookups} lookups one after the other, as one busy queue's callers come, with Salesforce answering after
     * {@code latency}, in a fresh environment with the circuit breaker on (defaults) or off: what callers wait
     * while Salesforce is slow.
     */
    public SequentialFigures sequential(boolean breakerOn, Duration latency, int lookups) {
        Map<String, String> env = new HashMap<>(stack.functionEnvironment());
        if (!breakerOn) {
            env.put(DeploymentSettings.SALESFORCE_BREAKER_FAILURES, "0");
        }
        CompositionRoot environment = new CompositionRoot(env, Clock.systemUTC());
        CallerLookupHandler handler =
                new CallerLookupHandler(environment.callerLookup(), JsonLog.stdout(CallerLookupHandler.class));
        String caller = CALLERS.getFirst();
        TimedAnswer.of(handler, caller); // the session and the profile, as in a warm environment
        Predicate<RecordedRequest> apiCall = r -> r.path().startsWith("/services/data/");
        int callsBefore = stack.salesforce().requests().count(apiCall);
        List<Long> millis = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        try {
            stack.salesforce().faults().latency(latency);
            for (int i = 0; i < lookups; i++) {
                TimedAnswer answer = TimedAnswer.of(handler, caller);
                millis.add(answer.millis());
                statuses.add(answer.answer().get(FlowResponse.LOOKUP_STATUS));
            }
        } finally {
            stack.salesforce().faults().reset();
        }
        return new SequentialFigures(
                breakerOn ? "on (5 failures, 30 s)" : "off",
                latency,
                Latencies.of(millis),
                statuses.stream()
                        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting())),
                stack.salesforce().requests().count(apiCall) - callsBefore);
    }

    /** Runs {@code rounds} rounds of one lookup per caller under the scenario's fault. */
    public LookupFaultFigures run(LookupFaultScenario scenario, int rounds) {
        Map<String, String> env = new HashMap<>(stack.functionEnvironment());
        env.putAll(scenario.environment());
        CompositionRoot environment = new CompositionRoot(env, Clock.systemUTC());
        List<Long> millis = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        int overDeadline = 0;
        try (ExecutorService searches = Executors.newVirtualThreadPerTaskExecutor();
                ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
            CallerLookupHandler handler =
                    new CallerLookupHandler(environment.callerLookup(), JsonLog.stdout(CallerLookupHandler.class));
            for (int round = 0; round < rounds; round++) {
                stack.salesforce().faults().reset();
                scenario.arm().accept(stack.salesforce().faults());
                List<Future<TimedAnswer>> answers = CALLERS.stream()
                        .map(caller -> calls.submit(() -> TimedAnswer.of(handler, caller)))
                        .toList();
                for (Future<TimedAnswer> future : answers) {
                    TimedAnswer answer = join(future);
                    millis.add(answer.millis());
                    if (answer.millis() > deadline.plus(margin).toMillis()) {
                        overDeadline++;
                    }
                    FlowContract.violation(answer.answer()).ifPresent(v -> violations.add(scenario.name() + ": " + v));
                    if (answer.answer() != null) {
                        statuses.add(answer.answer().get(FlowResponse.LOOKUP_STATUS));
                        tokens.add(answer.answer().getOrDefault(FlowResponse.POP_TOKEN, ""));
                    }
                }
            }
        } finally {
            stack.salesforce().faults().reset();
        }
        Map<String, Long> counts = statuses.stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return new LookupFaultFigures(
                scenario.name(),
                Latencies.of(millis),
                counts,
                overDeadline,
                violations,
                tokens.stream().filter(t -> !t.isEmpty()).toList());
    }

    private static TimedAnswer join(Future<TimedAnswer> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // The handler threw: the flow would have taken its error branch. Recorded as a broken contract.
            return new TimedAnswer(null, 0);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record TimedAnswer(Map<String, String> answer, long millis) {

        static TimedAnswer of(CallerLookupHandler handler, String caller) {
            long started = System.nanoTime();
            Map<String, String> answer = handler.handleEvent(ConnectFlowEvents.inbound(caller, Map.of()), null);
            return new TimedAnswer(answer, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
