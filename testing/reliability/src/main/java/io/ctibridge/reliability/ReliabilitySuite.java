package io.ctibridge.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.config.CallLogDestination;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.local.LocalStack;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole suite on one isolated stack (moto + the Salesforce emulator): config fallbacks, lookups under faults,
 * call logging under faults, generated bad input, then the scan of everything the functions logged meanwhile.
 */
public final class ReliabilitySuite {

    /** Every number the suite's calls come from, for the log scan. */
    public static final List<String> NUMBERS =
            List.of("+14155550199", "+14155550123", "+442079460958", "+14155559876", "+14155550177");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SuiteOptions options;
    private final PrintStream progress;

    public ReliabilitySuite(SuiteOptions options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    public SuiteFigures run(String stackSuffix) {
        try (StdoutCapture capture = StdoutCapture.to(options.log());
                LocalStack stack = LocalStack.startIsolated(stackSuffix, EmulatorConfig.defaults())) {
            progress.println("config fallbacks…");
            List<ConfigCheck> config = new ConfigFallbacks(stack).run();
            progress.println("caller lookups under faults…");
            LookupFaults faults = new LookupFaults(stack, lookupDeadline(stack), options.deadlineMargin());
            List<LookupFaultFigures> lookups = new ArrayList<>();
            for (LookupFaultScenario scenario : LookupFaults.scenarios(options.latencySteps(), stack)) {
                progress.println("  " + scenario.name());
                lookups.add(faults.run(scenario, options.lookupRounds()));
            }
            progress.println(
                    "call logging of " + options.contacts() + " contacts under faults (seed " + options.seed() + ")…");
            CallLogFigures callLog = new CallLogChaos(stack, options.seed()).run(options.contacts());
            List<CallLogFigures> voiceCallLogs = new ArrayList<>();
            for (CallLogDestination destination : List.of(CallLogDestination.VOICE_CALL, CallLogDestination.BOTH)) {
                progress.println("call logging to " + destination.spelling() + " of " + options.contacts()
                        + " contacts under faults…");
                voiceCallLogs.add(new CallLogChaos(stack, options.seed(), destination).run(options.contacts()));
            }
            progress.println("Salesforce guard: the API budget at 96 %, then " + options.breakerLookups()
                    + " lookups at 5 s latency with the breaker off and on…");
            GuardFigures guard = GuardFigures.run(stack, faults, options.breakerLookups());
            Set<String> secrets = secrets(stack);
            progress.println("bad input: " + options.generatedInputs() + " generated inputs…");
            List<BadInputFigures> badInput = new BadInputCampaign().run(stack, options.inputsPerTarget());
            capture.close();
            List<String> tokens =
                    lookups.stream().flatMap(l -> l.popTokens().stream()).toList();
            LogScan scan = new LogScan()
                    .withSecrets("secret", secrets)
                    .withSecrets("pop token handed out", tokens)
                    .withPhoneNumbers(NUMBERS);
            return new SuiteFigures(
                    options,
                    config,
                    lookups,
                    callLog,
                    voiceCallLogs,
                    guard,
                    badInput,
                    LogScan.lines(options.log()),
                    scan.scan(options.log()),
                    List.of());
        }
    }

    private static Duration lookupDeadline(LocalStack stack) {
        CompositionRoot environment = new CompositionRoot(stack.functionEnvironment(), Clock.systemUTC());
        return Duration.ofMillis(environment.profiles().get("default").lookupDeadlineMs());
    }

    /** The secret values the functions hold in memory, and the Salesforce sessions the emulator handed out. */
    private static Set<String> secrets(LocalStack stack) {
        Set<String> secrets = new HashSet<>();
        Map<String, String> env = stack.functionEnvironment();
        for (String arn : List.of(
                env.get(CompositionRoot.POP_TOKEN_SECRET_ARN),
                env.get(CompositionRoot.SALESFORCE_SECRET_ARN),
                env.get(CompositionRoot.TELEPHONY_SECRET_ARN))) {
            JsonNode secret = json(
                    stack.secretsManager().getSecretValue(r -> r.secretId(arn)).secretString());
            secret.properties().forEach(field -> {
                String value = field.getValue().asText("");
                if (field.getKey().equals("privateKeyPem")) {
                    // the key's base64 body, line by line: a partial dump is a leak too
                    value.lines()
                            .filter(line -> !line.startsWith("-----") && line.length() >= 40)
                            .forEach(secrets::add);
                } else if (field.getKey().equals("key") || field.getKey().equals("clientSecret")) {
                    secrets.add(value);
                }
            });
        }
        stack.salesforce()
                .requests()
                .all()
                .forEach(request -> request.header("Authorization")
                        .map(header -> header.replaceFirst("(?i)^(bearer|oauth)\\s+", ""))
                        .ifPresent(secrets::add));
        return secrets;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
