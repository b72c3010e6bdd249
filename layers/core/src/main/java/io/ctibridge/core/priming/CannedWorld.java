package io.ctibridge.core.priming;

import io.ctibridge.core.aws.AwsClients;
import io.ctibridge.core.aws.AwsSettings;
import io.ctibridge.core.aws.TableNames;
import io.ctibridge.core.observability.LogSink;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.root.DeploymentSettings;
import io.ctibridge.core.root.OutsideWorld;
import io.ctibridge.core.root.SalesforceTransport;
import io.ctibridge.core.salesforce.ApiVersion;
import io.ctibridge.core.salesforce.auth.SalesforceCredentials;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * An outside world answered from memory: Salesforce by a {@link CannedSalesforce} interceptor on a copy of a real
 * client (its token endpoint too), AWS by a {@link CannedAwsHttpClient}, logs nowhere. Services built on it by
 * {@link CompositionRoot} run their real code, SDK marshalling and OkHttp included, and nothing leaves the JVM:
 * what SnapStart priming needs, and what a benchmark of in-process work needs.
 */
public final class CannedWorld {

    private static final String SECRET_ARN = "arn:aws:secretsmanager:us-east-1:000000000000:secret:priming";
    private static final Map<String, String> SETTINGS = Map.of(
            TableNames.CONFIG_ENV, "priming-config",
            TableNames.CONTACT_STATE_ENV, "priming-contact-state",
            TableNames.CALL_LOG_LEDGER_ENV, "priming-call-log-ledger",
            DeploymentSettings.SALESFORCE_SECRET_ARN, SECRET_ARN,
            DeploymentSettings.POP_TOKEN_SECRET_ARN, SECRET_ARN,
            DeploymentSettings.CALL_LOG_DLQ_URL, "https://sqs.us-east-1.amazonaws.com/000000000000/priming");
    /** Signing runs on these; the canned transport never sends a request they could authorise. */
    private static final StaticCredentialsProvider AWS_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming"));

    private static final SalesforceCredentials SALESFORCE_CREDENTIALS = new SalesforceCredentials.ClientCredentials(
            URI.create("https://priming.invalid"), "priming", "priming", ApiVersion.DEFAULT);

    private final CannedSalesforce salesforce;
    private final CannedAwsHttpClient aws;
    private final OutsideWorld world;

    /**
     * @param http       a real client to derive the in-memory one from, so that its pool and dispatcher classes are
     *                   the ones warmed (no connection is ever opened)
     * @param salesforce the JSON body of a 200 for each Salesforce request, or null for a 404
     * @param aws        the JSON body of each AWS request
     */
    public CannedWorld(OkHttpClient http, Function<Request, String> salesforce, CannedAwsAnswers aws, Clock clock) {
        this.salesforce = new CannedSalesforce(salesforce);
        this.aws = new CannedAwsHttpClient(aws);
        this.world = new OutsideWorld(
                new DeploymentSettings(SETTINGS),
                new AwsClients(AwsSettings.of(Region.US_EAST_1), AWS_CREDENTIALS).withHttpClient(this.aws),
                new SalesforceTransport(
                        http.newBuilder().addInterceptor(this.salesforce).build(), () -> SALESFORCE_CREDENTIALS),
                clock,
                LogSink.nowhere(clock));
    }

    public OutsideWorld world() {
        return world;
    }

    /** A new root on this world: new caches, a new Salesforce session (through the canned token endpoint). */
    public CompositionRoot root() {
        return new CompositionRoot(world);
    }

    public int salesforceCallsAnswered() {
        return salesforce.answered();
    }

    public int awsCallsAnswered() {
        return aws.answered();
    }
}
