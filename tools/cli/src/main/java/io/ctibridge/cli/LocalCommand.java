package io.ctibridge.cli;

import io.ctibridge.cli.common.UsageException;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.local.LocalStack;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The main job on a laptop: moto (DynamoDB, Secrets Manager, SQS) and the Salesforce emulator on loopback, set up
 * like the deployed stack, and the functions in this process behind the deployed routes. Runs until Ctrl-C.
 */
@Command(
        name = "local",
        mixinStandardHelpOptions = true,
        description = "Run the whole backend locally against moto and the Salesforce emulator.")
final class LocalCommand implements Callable<Integer> {

    /** The profile the local stack adds whose call log writes Tasks and VoiceCalls. */
    static final String VOICE_PROFILE = LocalStack.VOICE_PROFILE;

    @Option(names = "--port", description = "Port of the local API (default: ${DEFAULT-VALUE}).", defaultValue = "8787")
    int port;

    @Option(
            names = "--salesforce-port",
            description = "Port of the Salesforce emulator (default: ${DEFAULT-VALUE}).",
            defaultValue = "8788")
    int salesforcePort;

    @Option(
            names = "--allowed-origin",
            description = "Browser origin allowed to call the pop API (repeatable; " + "default: ${DEFAULT-VALUE}).",
            defaultValue = "http://localhost:8080",
            split = ",")
    List<String> allowedOrigins;

    @Override
    public Integer call() throws Exception {
        // Checked before moto starts, so that a typo costs no start-up and gets one line.
        requirePort("--port", port);
        requirePort("--salesforce-port", salesforcePort);
        PrintStream out = System.err; // stdout carries the functions' JSON logs, as in Lambda
        out.println("starting moto and the Salesforce emulator…");
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // Ctrl-C runs shutdown hooks and then halts: the hook waits until the stack (and moto's process) is closed.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopRequested.countDown();
            awaitQuietly(closed);
        }));
        try (EmbeddedStack local =
                EmbeddedStack.start(port, EmulatorConfig.defaults().withPort(salesforcePort), allowedOrigins)) {
            String api = local.apiUrl().toString();
            out.println();
            out.println("ctibridge is running locally:");
            out.println("  caller lookup       POST " + api + LocalApiServer.LOOKUP_ROUTE);
            out.println("  screen pop          GET  " + api + LocalApiServer.POPS_ROUTE
                    + "{contactId}  (Authorization: Bearer <popToken>)");
            out.println("  contact records     POST " + api + CallLogRoutes.CONTACT_RECORDS_ROUTE
                    + "  (CTR JSON, an array of them, or a Kinesis event)");
            out.println("  contact events      POST " + api + CallLogRoutes.CONTACT_EVENTS_ROUTE
                    + "  (EventBridge contact event; Connect = the records posted here)");
            out.println("  call log read-back  GET  " + api + TaskRoute.ROUTE + "?callObject={contactId}"
                    + "  (VoiceCalls: ?vendorCallKey={contactId})");
            out.println("  Telephony API       " + local.stack().salesforce().telephonyBaseUrl() + "  (contact center "
                    + LocalStack.CONTACT_CENTER + ")");
            out.println("  Salesforce emulator " + local.stack().salesforce().baseUrl());
            out.println("  moto (AWS)          " + local.stack().moto().endpoint());
            out.println();
            out.println("try:  curl -s -X POST --data @events/connect/contact-flow-inbound.json " + api
                    + LocalApiServer.LOOKUP_ROUTE);
            out.println("      java -jar tools/cli/target/ctibridge-cli.jar simulate-call --from +14155550199");
            out.println(
                    "      java -jar tools/cli/target/ctibridge-cli.jar simulate-call --from +14155550199 --profile "
                            + VOICE_PROFILE + "   (a Task and a VoiceCall)");
            out.println("Ctrl-C stops everything.");
            stopRequested.await();
        } finally {
            out.println("stopped.");
            closed.countDown();
        }
        return 0;
    }

    private static void requirePort(String option, int value) {
        if (value < 0 || value > 65535) {
            throw new UsageException(option + " must be 0..65535 (0: any free port), not " + value);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
