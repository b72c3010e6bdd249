package io.ctibridge.cli;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ctibridge.cli.calllog.CallLogEvents;
import io.ctibridge.cli.common.OperationFailedException;
import io.ctibridge.cli.common.UsageException;
import io.ctibridge.core.aws.AwsSettings;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.InvalidProfileException;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.config.parse.ProfileValidator;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.observability.LogSink;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.root.OutsideWorld;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.function.contactevent.CallNotLoggedException;
import io.ctibridge.function.contactevent.ContactEventHandler;
import io.ctibridge.function.contactrecord.ContactRecordHandler;
import io.ctibridge.function.lookup.CallerLookupHandler;
import io.ctibridge.function.pop.ScreenPopHandler;
import io.ctibridge.local.LocalStack;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs one function's handler in this process on an event file, as Lambda would (the runtime's own event
 * deserializer, the handler wired from the environment), and prints its answer as JSON on stdout. The functions'
 * own log lines go to stderr here so that stdout is only the answer.
 */
@Command(
        name = "invoke",
        mixinStandardHelpOptions = true,
        description = "Run a function's handler in-process on an event file and print its JSON answer.")
final class InvokeCommand extends OperatorCommand {

    enum Function {
        CALLER_LOOKUP,
        SCREEN_POP,
        CALL_LOGGER
    }

    @Parameters(
            index = "0",
            paramLabel = "FUNCTION",
            converter = FunctionConverter.class,
            description = "caller-lookup, screen-pop or call-logger (a Kinesis event of contact records,"
                    + " or an EventBridge contact event: told apart by the file's shape).")
    Function function;

    @Option(names = "--event", required = true, paramLabel = "FILE", description = "The event JSON, as AWS sends it.")
    Path event;

    @Option(
            names = "--profile-file",
            paramLabel = "FILE",
            description = "Embedded stack only: also load this profile (validated as 'config validate' does) before"
                    + " the call, e.g. profiles/support-operations.json for the contact-flow operations' sample events."
                    + " Repeatable.")
    List<Path> profileFiles = new ArrayList<>();

    @Mixin
    FunctionOptions settings;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    protected int run() throws Exception {
        byte[] json = read(event);
        Map<String, String> env = settings.over(environment());
        Object answer;
        PrintStream stdout = System.out;
        System.setOut(System.err); // the handlers log to stdout, as in Lambda; here stdout is for the answer only
        try {
            if (FunctionOptions.namesNoAws(env)) {
                answer = onEmbeddedStack(json);
            } else if (!profileFiles.isEmpty()) {
                throw new UsageException("--profile-file loads profiles into the embedded stack only; push them to"
                        + " a deployed config table with 'config push'");
            } else {
                answer = invoke(json, env);
            }
        } finally {
            System.setOut(stdout);
        }
        out().println(JSON.writeValueAsString(answer));
        return OK;
    }

    /**
     * With no AWS named at all there is nothing to run against, so the command brings its own: moto and the
     * Salesforce emulator, set up as {@code local} sets them up, for this one invocation.
     */
    private Object onEmbeddedStack(byte[] json) {
        err().println("no AWS settings (" + AwsSettings.ENDPOINT_ENV + ", AWS_REGION, tables, secrets): running on"
                + " an embedded local stack, moto and the Salesforce emulator, stopped afterwards");
        err().flush();
        try (LocalStack stack = LocalStack.startStandalone(EmulatorConfig.defaults())) {
            for (Path file : profileFiles) {
                stack.profiles().put(validProfile(file), "invoke");
            }
            Map<String, String> env = new HashMap<>(environment());
            env.putAll(stack.functionEnvironment());
            return invoke(json, settings.over(env));
        }
    }

    private Object invoke(byte[] json, Map<String, String> env) {
        // The handlers log as in Lambda, but to stderr: here stdout is for the answer only.
        Clock clock = Clock.systemUTC();
        CompositionRoot functions = new CompositionRoot(
                OutsideWorld.fromEnvironment(env, clock).withLogs(new LogSink(System.err, JsonLog.Level.DEBUG, clock)));
        return switch (function) {
            case CALLER_LOOKUP -> new CallerLookupHandler(functions).handleEvent(parse(json, ConnectEvent.class), null);
            case SCREEN_POP -> {
                APIGatewayV2HTTPResponse response =
                        new ScreenPopHandler(functions).handleEvent(parse(json, APIGatewayV2HTTPEvent.class), null);
                yield Map.of(
                        "statusCode",
                        response.getStatusCode(),
                        "headers",
                        response.getHeaders(),
                        "body",
                        response.getBody() == null ? "" : response.getBody());
            }
            case CALL_LOGGER -> callLogger(json, functions);
        };
    }

    /**
     * A Kinesis event goes to the contact-record handler, an EventBridge event to the contact-event handler with
     * Connect's DescribeContact, as deployed. The event handler answers nothing ({@code null}, as Lambda's payload)
     * or throws, which fails the command as it would fail the invocation.
     */
    private Object callLogger(byte[] json, CompositionRoot functions) {
        return switch (CallLogEvents.kindOf(json)) {
            case KINESIS -> {
                StreamsEventResponse response =
                        new ContactRecordHandler(functions).handleEvent(parse(json, KinesisEvent.class), null);
                yield Map.of(
                        "batchItemFailures",
                        response.getBatchItemFailures().stream()
                                .map(failure -> Map.of("itemIdentifier", failure.getItemIdentifier()))
                                .toList());
            }
            case EVENTBRIDGE -> {
                try {
                    new ContactEventHandler(functions).handleEvent(parse(json, ScheduledEvent.class), null);
                } catch (CallNotLoggedException e) {
                    throw new OperationFailedException(
                            "contact event not logged (Lambda would retry it): " + e.getMessage(), e);
                }
                yield null;
            }
            case UNKNOWN ->
                throw new UsageException(event + ": neither a Kinesis event (Records[].kinesis) nor an"
                        + " EventBridge event (detail-type)");
        };
    }

    private <T> T parse(byte[] json, Class<T> type) {
        try {
            return LambdaEvents.read(new ByteArrayInputStream(json), type);
        } catch (RuntimeException e) {
            throw new UsageException(event + ": not a " + type.getSimpleName() + " event ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** The profile in {@code file}, or a usage error listing what is wrong with it. */
    private static Profile validProfile(Path file) {
        try {
            return new ProfileValidator()
                    .requireValid(new ProfileParser().parse(new String(read(file), StandardCharsets.UTF_8)));
        } catch (InvalidProfileException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Accepts the functions' names as the template and the README spell them. */
    static final class FunctionConverter implements CommandLine.ITypeConverter<Function> {
        @Override
        public Function convert(String value) {
            return switch (value) {
                case "caller-lookup" -> Function.CALLER_LOOKUP;
                case "screen-pop" -> Function.SCREEN_POP;
                case "call-logger" -> Function.CALL_LOGGER;
                default ->
                    throw new CommandLine.TypeConversionException(
                            "unknown function '" + value + "' (caller-lookup, screen-pop, call-logger)");
            };
        }
    }
}
