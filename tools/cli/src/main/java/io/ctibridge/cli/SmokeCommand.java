package io.ctibridge.cli;

import io.ctibridge.cli.call.CallPath;
import io.ctibridge.cli.call.DeployedPath;
import io.ctibridge.cli.call.LocalApiPath;
import io.ctibridge.cli.call.SmokeTest;
import io.ctibridge.cli.common.UsageException;
import io.ctibridge.cli.connect.AwsTarget;
import io.ctibridge.cli.connect.SalesforceLogin;
import io.ctibridge.core.aws.AwsClients;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.emulator.EmulatorConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The rollout checklist's sandbox test as one command: against an org and its deployed stack named in
 * {@code ~/.ctibridge/orgs.json}, or with {@code --embedded} against a local stack started for it (the same
 * steps, local endpoints). See {@link SmokeTest}.
 */
@Command(
        name = "smoke",
        mixinStandardHelpOptions = true,
        description = "Synthetic inbound call through lookup, pop and call log against an org; checks the Task,"
                + " deletes what it made; exit 1 on any mismatch.")
final class SmokeCommand extends OperatorCommand {

    /** A Lambda cold start plus a Salesforce round trip; the SDK's default bounds for the CLI are tighter. */
    private static final Duration LAMBDA_ATTEMPT_TIMEOUT = Duration.ofSeconds(30);

    private static final Duration LAMBDA_CALL_TIMEOUT = Duration.ofSeconds(60);

    @Option(names = "--org", paramLabel = "ALIAS", description = "The org's alias in the orgs file.")
    String org;

    @Option(
            names = "--orgs-file",
            paramLabel = "FILE",
            description = "Where the aliases are (default: ~/.ctibridge/orgs.json).")
    Path orgsFile;

    @Option(names = "--embedded", description = "Start a local stack and test that instead of an org.")
    boolean embedded;

    @Option(
            names = "--search-wait",
            paramLabel = "SECONDS",
            defaultValue = "120",
            description =
                    "How long to wait for Salesforce search to index the test Contact (default: ${DEFAULT-VALUE}).")
    long searchWaitSeconds;

    @Override
    protected int run() throws Exception {
        if (embedded == (org != null)) {
            throw new UsageException("give --org ALIAS or --embedded");
        }
        if (searchWaitSeconds < 0 || searchWaitSeconds > 900) {
            throw new UsageException("--search-wait must be 0..900 seconds");
        }
        Duration searchWait = Duration.ofSeconds(searchWaitSeconds);
        return (embedded ? embedded(searchWait) : deployed(searchWait)) ? OK : FAILED;
    }

    private boolean deployed(Duration searchWait) throws InterruptedException {
        OrgAliases.OrgAlias alias = OrgAliases.read(orgsFile == null ? OrgAliases.defaultFile() : orgsFile, org);
        AwsTarget target = AwsTarget.resolve(null, alias.region(), null, environment());
        AwsTarget lambdaTarget = new AwsTarget(
                target.settings().withTimeouts(LAMBDA_ATTEMPT_TIMEOUT, LAMBDA_CALL_TIMEOUT), target.configTable());
        SalesforceLogin login = SalesforceLogin.resolve(
                alias.salesforceCredentials() == null ? null : Path.of(alias.salesforceCredentials()),
                alias.salesforceSecretArn(),
                Map.of());
        try (AwsClients aws = lambdaTarget.openClients();
                LambdaClient lambda = aws.configure(LambdaClient.builder()).build()) {
            SalesforceApi salesforce = login.connect(() -> aws);
            CallPath path =
                    new DeployedPath(lambda, alias.lookupFunction(), alias.contactRecordFunction(), alias.popApi());
            return new SmokeTest(path, salesforce, alias.dialed(), searchWait, out()).run();
        }
    }

    /** The functions log to stdout, as in Lambda; here stdout is the test's printout, so they go to stderr. */
    private boolean embedded(Duration searchWait) throws Exception {
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try (EmbeddedStack local = EmbeddedStack.start(0, EmulatorConfig.defaults(), List.of())) {
            SalesforceApi salesforce = new CompositionRoot(local.stack().functionEnvironment(), Clock.systemUTC())
                    .salesforce()
                    .get();
            return new SmokeTest(
                            new LocalApiPath(local.apiUrl()),
                            salesforce,
                            OrgAliases.DEFAULT_DIALED_NUMBER,
                            searchWait,
                            out())
                    .run();
        } finally {
            System.setOut(stdout);
        }
    }
}
