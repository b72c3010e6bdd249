package io.ctibridge.cli;

import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.wiring.FunctionEnvironment;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.local.LocalStack;
import io.ctibridge.core.pop.CorsPolicy;
import io.ctibridge.lookup.CallerLookupHandler;
import io.ctibridge.pop.ScreenPopHandler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The main job on a laptop: moto (DynamoDB, Secrets Manager) and the Salesforce emulator on loopback, set up like
 * the deployed stack, and the functions in this process behind the deployed routes. Runs until Ctrl-C.
 */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = "Run the whole backend locally against moto and the Salesforce emulator.")
final class LocalCommand implements Callable<Integer> {

    @Option(names = "--port", description = "Port of the local API (default: ${DEFAULT-VALUE}).", defaultValue = "8787")
    int port;

    @Option(names = "--salesforce-port", description = "Port of the Salesforce emulator (default: ${DEFAULT-VALUE}).",
            defaultValue = "8788")
    int salesforcePort;

    @Option(names = "--allowed-origin", description = "Browser origin allowed to call the pop API (repeatable; "
            + "default: ${DEFAULT-VALUE}).", defaultValue = "http://localhost:8080", split = ",")
    List<String> allowedOrigins;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.err; // stdout carries the functions' JSON logs, as in Lambda
        out.println("starting moto and the Salesforce emulator…");
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // Ctrl-C runs shutdown hooks and then halts: the hook waits until the stack (and moto's process) is closed.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopRequested.countDown();
            awaitQuietly(closed);
        }));
        try (LocalStack stack = LocalStack.startStandalone(EmulatorConfig.defaults().withPort(salesforcePort));
             ExecutorService searches = FunctionEnvironment.searchExecutor()) {
            Map<String, String> env = new HashMap<>(stack.functionEnvironment());
            // Behind API Gateway CORS is the HTTP API's job; locally the function answers it for these origins.
            env.put(CorsPolicy.ALLOWED_ORIGINS_ENV, String.join(",", allowedOrigins));
            FunctionEnvironment environment = new FunctionEnvironment(env, Clock.systemUTC());
            CallerLookupHandler lookup = new CallerLookupHandler(environment.callerLookup(searches),
                    JsonLog.stdout(CallerLookupHandler.class));
            ScreenPopHandler pops = new ScreenPopHandler(environment.screenPop(searches),
                    JsonLog.stdout(ScreenPopHandler.class));
            try (LocalApiServer api = LocalApiServer.start(port, lookup, pops)) {
                out.println();
                out.println("ctibridge is running locally:");
                out.println("  caller lookup       POST " + api.baseUrl() + LocalApiServer.LOOKUP_ROUTE);
                out.println("  screen pop          GET  " + api.baseUrl() + LocalApiServer.POPS_ROUTE
                        + "{contactId}  (Authorization: Bearer <popToken>)");
                out.println("  Salesforce emulator " + stack.salesforce().baseUrl());
                out.println("  moto (AWS)          " + stack.moto().endpoint());
                out.println();
                out.println("try:  curl -s -X POST --data @events/connect/contact-flow-inbound.json "
                        + api.baseUrl() + LocalApiServer.LOOKUP_ROUTE);
                out.println("Ctrl-C stops everything.");
                stopRequested.await();
            }
        } finally {
            out.println("stopped.");
            closed.countDown();
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
