package io.ctibridge.cli;

import io.ctibridge.cli.call.CallSimulation;
import io.ctibridge.cli.call.LocalApiPath;
import io.ctibridge.cli.call.SimulatedCall;
import io.ctibridge.cli.common.UsageException;
import io.ctibridge.emulator.EmulatorConfig;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One synthetic inbound call through the local stack: the flow's lookup, the agent's pop, the contact record, and
 * the Task read back from Salesforce, each step printed. Against a running {@code local} (default) or, with
 * {@code --embedded}, a stack started for this one call.
 */
@Command(
        name = "simulate-call",
        mixinStandardHelpOptions = true,
        description = "Drive one inbound call through lookup → pop → contact record → Task on the local stack.")
final class SimulateCallCommand extends OperatorCommand {

    static final String DEFAULT_ENDPOINT = "http://127.0.0.1:8787";
    static final String DEFAULT_AGENT = "ava.agent";
    private static final long MAX_DURATION_SECONDS = 24 * 3600;

    @Option(
            names = "--from",
            required = true,
            paramLabel = "NUMBER",
            description = "The caller ID, e.g. +14155550199; 'anonymous' for a withheld number.")
    String from;

    @Option(
            names = "--to",
            paramLabel = "NUMBER",
            defaultValue = "+18005550100",
            description = "The dialled number (default: ${DEFAULT-VALUE}).")
    String to;

    @Option(
            names = "--agent",
            paramLabel = "USERNAME",
            description = "The Connect username of the agent who answers (default: " + DEFAULT_AGENT + ").")
    String agent;

    @Option(
            names = "--outcome",
            paramLabel = "OUTCOME",
            defaultValue = "answered",
            converter = OutcomeConverter.class,
            description = "answered or abandoned (default: ${DEFAULT-VALUE}).")
    SimulatedCall.Outcome outcome;

    @Option(
            names = "--duration",
            paramLabel = "SECONDS",
            defaultValue = "120",
            description =
                    "Talk time, or for an abandoned call the time until the caller hung up (default: ${DEFAULT-VALUE}).")
    long durationSeconds;

    @Option(
            names = "--endpoint",
            paramLabel = "URL",
            description = "A running local stack ('bin/local'; default: " + DEFAULT_ENDPOINT + ").")
    String endpoint;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "The profile the flow names for the lookup, and so for the call log (default: default);"
                    + " one whose callLog.destination is VoiceCall or both shows the VoiceCall too.")
    String profile;

    @Option(
            names = "--analysis",
            paramLabel = "FILE",
            description = "A Contact Lens analysis file (e.g. events/contactlens/analysis-agent-customer.json) to"
                    + " deliver for the call after its contact record, rewritten for its ContactId; needs --embedded.")
    java.nio.file.Path analysis;

    @Option(names = "--embedded", description = "Start a local stack for this call instead, and stop it after.")
    boolean embedded;

    @Override
    protected int run() throws Exception {
        SimulatedCall call = simulatedCall();
        if (analysis != null && !embedded) {
            // The file goes into the stack's instance bucket in moto, which only an embedded stack hands us.
            throw new UsageException("--analysis needs --embedded");
        }
        com.fasterxml.jackson.databind.node.ObjectNode analysisFile =
                analysis == null ? null : EmbeddedAnalysis.read(analysis);
        if (!embedded) {
            LocalApiPath path = new LocalApiPath(endpointUri());
            return new CallSimulation(path, path, out(), profile).run(call).passed() ? OK : FAILED;
        }
        PrintStream stdout = System.out;
        System.setOut(System.err); // the functions log to stdout, as in Lambda; here stdout is the call's printout
        try (EmbeddedStack local = EmbeddedStack.start(0, EmulatorConfig.defaults(), List.of())) {
            LocalApiPath path = new LocalApiPath(local.apiUrl());
            CallSimulation simulation = new CallSimulation(path, path, out(), profile);
            if (analysisFile != null) {
                simulation.withAnalysis(
                        EmbeddedAnalysis.of(analysisFile, local.stack().contactLensFiles(), path));
            }
            return simulation.run(call).passed() ? OK : FAILED;
        } finally {
            System.setOut(stdout);
        }
    }

    private SimulatedCall simulatedCall() {
        if (embedded && endpoint != null) {
            throw new UsageException("give either --endpoint or --embedded, not both");
        }
        if (durationSeconds < 0 || durationSeconds > MAX_DURATION_SECONDS) {
            throw new UsageException(
                    "--duration must be 0.." + MAX_DURATION_SECONDS + " seconds, not " + durationSeconds);
        }
        if (outcome == SimulatedCall.Outcome.ABANDONED && agent != null) {
            throw new UsageException("--agent is for answered calls: an abandoned call reached no agent");
        }
        Optional<String> answeredBy = outcome == SimulatedCall.Outcome.ANSWERED
                ? Optional.of(agent == null ? DEFAULT_AGENT : requireText("--agent", agent))
                : Optional.empty();
        return SimulatedCall.now(
                requireText("--from", from),
                requireText("--to", to),
                answeredBy,
                outcome,
                Duration.ofSeconds(durationSeconds));
    }

    private URI endpointUri() {
        String value = endpoint == null ? DEFAULT_ENDPOINT : endpoint.strip();
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new UsageException(
                        "--endpoint must be an http(s) URL such as " + DEFAULT_ENDPOINT + ", not " + value);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new UsageException("--endpoint is not a URL: " + value);
        }
    }

    /** What Connect could deliver: up to 64 printable characters (the pop API's own limit for a number). */
    static String requireText(String option, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > 64 || text.chars().anyMatch(Character::isISOControl)) {
            throw new UsageException(option + " must be 1..64 printable characters");
        }
        return text;
    }

    static final class OutcomeConverter implements CommandLine.ITypeConverter<SimulatedCall.Outcome> {
        @Override
        public SimulatedCall.Outcome convert(String value) {
            return switch (value) {
                case "answered" -> SimulatedCall.Outcome.ANSWERED;
                case "abandoned" -> SimulatedCall.Outcome.ABANDONED;
                default ->
                    throw new CommandLine.TypeConversionException(
                            "unknown outcome '" + value + "' (answered, abandoned)");
            };
        }
    }
}
