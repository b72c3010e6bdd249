package io.ctibridge.cli;

import io.ctibridge.cli.common.UsageException;
import io.ctibridge.cli.connect.AwsTarget;
import io.ctibridge.cli.connect.LazyAwsClients;
import io.ctibridge.cli.doctor.CheckGroup;
import io.ctibridge.cli.doctor.ConnectChecks;
import io.ctibridge.cli.doctor.Doctor;
import io.ctibridge.cli.doctor.DoctorReport;
import io.ctibridge.cli.doctor.SalesforceOrigins;
import io.ctibridge.cli.doctor.SecretSource;
import io.ctibridge.core.pop.CorsPolicy;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.emulator.EmulatorConfig;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Pre-flight check of a deployment: Salesforce, the config table, the pop API's CORS and (with an instance)
 * Connect, one line per check with the fix for each failure. Targets come as the functions' environment, from flags
 * or the environment; {@code --local} examines a local stack started for it.
 */
@Command(
        name = "doctor",
        mixinStandardHelpOptions = true,
        description = "Check a deployment end to end: one line per check (✔ pass, ✘ fail with the fix, – skipped);"
                + " exit 1 when any check fails.")
final class DoctorCommand extends OperatorCommand {

    static final String POP_API_URL_ENV = "POP_API_URL";
    static final String LOCAL_MY_DOMAIN = "ctibridge-local";

    @Mixin
    FunctionOptions function;

    @Option(
            names = "--salesforce-credentials",
            paramLabel = "FILE",
            description = "A JSON file shaped like the Salesforce credentials secret, instead of the secret.")
    Path credentialsFile;

    @Option(
            names = "--pop-api-url",
            paramLabel = "URL",
            description = "The stack's PopApiUrl output (default: $" + POP_API_URL_ENV + ").")
    String popApiUrl;

    @Option(
            names = "--my-domain",
            paramLabel = "NAME",
            description = "The org's My Domain (acme or acme.my.salesforce.com); default: the token's instance URL.")
    String myDomain;

    @Option(
            names = "--adapter-namespace",
            paramLabel = "NS",
            defaultValue = "amazonconnect",
            description = "Namespace of the Visualforce pages hosting the CTI adapter (default: ${DEFAULT-VALUE}).")
    String adapterNamespace;

    @Option(
            names = "--connect-instance-id",
            paramLabel = "ID",
            description = "The Amazon Connect instance; without it the Connect checks are skipped.")
    String connectInstanceId;

    @Option(
            names = "--connect-endpoint",
            paramLabel = "URL",
            description = "A local Amazon Connect stand-in (default: the AWS endpoint, or real Connect).")
    String connectEndpoint;

    @Option(
            names = "--lookup-function",
            paramLabel = "NAME|ARN",
            description = "The CallerLookupFunctionArn output, checked against the instance's functions.")
    String lookupFunction;

    @Option(
            names = "--contact-record-stream",
            paramLabel = "NAME|ARN",
            description = "The ContactRecordStreamArnUsed output.")
    String contactRecordStream;

    @Option(
            names = "--contact-record-function",
            paramLabel = "NAME",
            description = "The contact-record function, whose IteratorAge tells how far behind it is.")
    String contactRecordFunction;

    @Option(
            names = "--iterator-age-limit",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "How far behind the stream the contact-record function may be (default: ${DEFAULT-VALUE}).")
    long iteratorAgeLimitSeconds;

    @Option(
            names = "--stack-name",
            paramLabel = "NAME",
            description = "The stack's name: its alarms' names start with it.")
    String stackName;

    @Option(
            names = "--telephony-secret-arn",
            paramLabel = "ARN",
            description = "The TelephonySecretArn parameter: checks that it parses and that the Telephony Integration"
                    + " API accepts a token signed with its key (default: TELEPHONY_SECRET_ARN).")
    String telephonySecretArn;

    @Option(names = "--local", description = "Start a local stack (moto and the Salesforce emulator) and examine it.")
    boolean local;

    @Option(names = "--json", description = "Print a JSON array of {name, status, detail, fix} instead.")
    boolean json;

    @Override
    protected int run() throws Exception {
        Optional<SalesforceOrigins> org = myDomain(local && myDomain == null ? LOCAL_MY_DOMAIN : myDomain);
        if (iteratorAgeLimitSeconds < 1 || iteratorAgeLimitSeconds > 86_400) {
            throw new UsageException("--iterator-age-limit must be 1..86400 seconds");
        }
        DoctorReport report = local ? examineLocal(org) : examine(System.getenv(), org, Optional.empty());
        if (json) {
            report.printJson(out());
        } else {
            report.printText(out());
        }
        return report.anyFailed() ? FAILED : OK;
    }

    /** The functions log to stdout, as in Lambda; here stdout is the report, so they go to stderr. */
    private DoctorReport examineLocal(Optional<SalesforceOrigins> org) throws Exception {
        List<String> origins = function.allowedOrigins != null
                ? Arrays.stream(function.allowedOrigins.split(","))
                        .map(String::strip)
                        .toList()
                : org.orElseThrow().adapterOrigins(adapterNamespace);
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try (EmbeddedStack stack = EmbeddedStack.start(0, EmulatorConfig.defaults(), origins)) {
            Map<String, String> env = new java.util.HashMap<>(stack.stack().functionEnvironment());
            env.put(CorsPolicy.ALLOWED_ORIGINS_ENV, String.join(",", origins));
            return examine(env, org, Optional.of(stack.apiUrl()));
        } finally {
            System.setOut(stdout);
        }
    }

    private DoctorReport examine(Map<String, String> base, Optional<SalesforceOrigins> org, Optional<URI> localApi) {
        Map<String, String> env = function.over(base);
        AwsTarget target = AwsTarget.resolve(null, null, null, env);
        try (LazyAwsClients aws = new LazyAwsClients(() -> target);
                ConnectClients connect =
                        new ConnectClients(aws, nonBlank(connectEndpoint).map(v -> url("--connect-endpoint", v)))) {
            return Doctor.examine(new Doctor.Targets(
                    aws,
                    target.configTable(),
                    secret(env, aws),
                    nonBlank(env.get(CorsPolicy.ALLOWED_ORIGINS_ENV)),
                    org,
                    adapterNamespace,
                    localApi.or(() -> nonBlank(popApiUrl)
                            .or(() -> nonBlank(env.get(POP_API_URL_ENV)))
                            .map(v -> url("--pop-api-url", v))),
                    nonBlank(connectInstanceId).map(instance -> connectChecks(instance, env, connect)),
                    nonBlank(telephonySecretArn)
                            .or(() -> nonBlank(env.get(CompositionRoot.TELEPHONY_SECRET_ARN)))
                            .map(value -> new SecretSource.FromSecretsManager(value, aws))));
        }
    }

    private CheckGroup connectChecks(String instanceId, Map<String, String> env, ConnectClients clients) {
        return new ConnectChecks(
                new ConnectChecks.Targets(
                        instanceId,
                        nonBlank(lookupFunction),
                        nonBlank(contactRecordStream),
                        nonBlank(contactRecordFunction),
                        Duration.ofSeconds(iteratorAgeLimitSeconds),
                        nonBlank(env.get(CompositionRoot.CALL_LOG_DLQ_URL)),
                        nonBlank(stackName)),
                clients.connect(),
                clients.kinesis(),
                clients.cloudWatch(),
                clients.sqs(),
                Clock.systemUTC());
    }

    private Optional<SecretSource> secret(Map<String, String> env, LazyAwsClients aws) {
        Optional<String> arn = nonBlank(env.get(CompositionRoot.SALESFORCE_SECRET_ARN));
        if (credentialsFile != null && function.salesforceSecretArn != null) {
            throw new UsageException("give either --salesforce-credentials or --salesforce-secret-arn, not both");
        }
        if (credentialsFile != null) {
            return Optional.of(new SecretSource.FromFile(credentialsFile));
        }
        return arn.map(value -> new SecretSource.FromSecretsManager(value, aws));
    }

    private static Optional<SalesforceOrigins> myDomain(String value) {
        try {
            return nonBlank(value).map(SalesforceOrigins::fromMyDomain);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--my-domain: " + e.getMessage());
        }
    }

    private static URI url(String flag, String value) {
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null
                    || uri.getScheme() == null
                    || !uri.getScheme().matches("https?")) {
                throw new UsageException(flag + " must be an http(s) URL, not " + value);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new UsageException(flag + " is not a URL: " + value);
        }
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
