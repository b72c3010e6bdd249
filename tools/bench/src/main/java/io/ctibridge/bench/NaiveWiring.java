package io.ctibridge.bench;

import io.ctibridge.core.aws.AwsSettings;
import io.ctibridge.core.aws.TableNames;
import io.ctibridge.core.calllog.CallLogSettings;
import io.ctibridge.core.calllog.CallLogger;
import io.ctibridge.core.calllog.DeadLetters;
import io.ctibridge.core.calllog.DynamoDbCallLogLedger;
import io.ctibridge.core.config.CachingProfileReader;
import io.ctibridge.core.config.DynamoDbProfileStore;
import io.ctibridge.core.config.ProfileReader;
import io.ctibridge.core.lookup.CallerLookup;
import io.ctibridge.core.lookup.ContactStateStore;
import io.ctibridge.core.lookup.DynamoDbContactStateStore;
import io.ctibridge.core.lookup.SalesforceCallerSearch;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.pop.CorsPolicy;
import io.ctibridge.core.pop.PopRequestAuthorizer;
import io.ctibridge.core.pop.PopTokenService;
import io.ctibridge.core.pop.ScreenPopEndpoint;
import io.ctibridge.core.pop.ScreenPopService;
import io.ctibridge.core.pop.SecretsManagerPopTokenKeys;
import io.ctibridge.core.salesforce.SalesforceClients;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.salesforce.auth.SecretsManagerCredentialsSource;
import io.ctibridge.core.salesforce.http.HttpSettings;
import io.ctibridge.core.wiring.FunctionEnvironment;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The naive baseline of issue 8: the functions' collaborators built the way a function usually is when nobody
 * looked at its cold start. AWS SDK clients from the SDK's defaults (its default HTTP client, Apache here, found on
 * the classpath; the default region and credentials provider chains; no timeouts set) and the Salesforce client
 * made on first use. Only the local endpoint override is kept, so that it talks to the same stack. The same
 * classes as {@link FunctionEnvironment} otherwise, so that the difference is the wiring alone.
 */
public final class NaiveWiring {

    private final Map<String, String> env;
    private final Clock clock = Clock.systemUTC();
    private final TableNames tables;
    private final DynamoDbClient dynamo;
    private final SecretsManagerClient secrets;
    private final ProfileReader profiles;
    private final Supplier<SalesforceApi> salesforce;

    private NaiveWiring(Map<String, String> env) {
        this.env = Map.copyOf(env);
        this.tables = TableNames.fromEnvironment(env);
        this.dynamo = client(DynamoDbClient.builder());
        this.secrets = client(SecretsManagerClient.builder());
        this.profiles = new CachingProfileReader(new DynamoDbProfileStore(dynamo, tables.config()));
        this.salesforce = new LazySalesforce();
    }

    public static NaiveWiring fromSystem() {
        return new NaiveWiring(System.getenv());
    }

    /** Any service's client with the SDK's defaults, pointed at the local endpoint when one is set. */
    public <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C client(B builder) {
        endpoint().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        return builder.build();
    }

    public String required(String variable) {
        return Optional.ofNullable(env.get(variable))
                .filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException("environment variable " + variable + " is not set"));
    }

    public CallerLookup callerLookup() {
        return new CallerLookup(
                profiles,
                new SalesforceCallerSearch(salesforce),
                contactStates(),
                popTokens(),
                Executors.newVirtualThreadPerTaskExecutor(),
                clock,
                JsonLog.stdout(CallerLookup.class),
                EmfMetrics.stdout("caller-lookup"));
    }

    public ScreenPopEndpoint screenPop() {
        ScreenPopService pops = new ScreenPopService(
                contactStates(), profiles, callerLookup(), clock, JsonLog.stdout(ScreenPopService.class));
        return new ScreenPopEndpoint(
                new PopRequestAuthorizer(popTokens()),
                pops,
                CorsPolicy.of(env.get(CorsPolicy.ALLOWED_ORIGINS_ENV)),
                JsonLog.stdout(ScreenPopEndpoint.class),
                EmfMetrics.stdout("screen-pop"));
    }

    public CallLogger callLogger(DeadLetters deadLetters) {
        ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();
        return new CallLogger(
                profiles,
                contactStates(),
                new DynamoDbCallLogLedger(dynamo, tables.callLogLedger(), clock),
                salesforce,
                deadLetters,
                work,
                CallLogSettings.defaults(),
                clock,
                JsonLog.stdout(CallLogger.class),
                EmfMetrics.stdout("call-logger"));
    }

    private ContactStateStore contactStates() {
        return new DynamoDbContactStateStore(dynamo, tables.contactState(), clock);
    }

    private PopTokenService popTokens() {
        return new PopTokenService(
                new SecretsManagerPopTokenKeys(secrets, required(FunctionEnvironment.POP_TOKEN_SECRET_ARN), clock),
                clock);
    }

    private Optional<String> endpoint() {
        return Optional.ofNullable(env.get(AwsSettings.ENDPOINT_ENV)).filter(v -> !v.isBlank());
    }

    /** Connects to Salesforce on first use, with the client's default HTTP settings. */
    private final class LazySalesforce implements Supplier<SalesforceApi> {

        private SalesforceApi api;

        @Override
        public synchronized SalesforceApi get() {
            if (api == null) {
                api = SalesforceClients.connect(
                        new SecretsManagerCredentialsSource(
                                        secrets, required(FunctionEnvironment.SALESFORCE_SECRET_ARN))
                                .load(),
                        HttpSettings.defaults(),
                        clock);
            }
            return api;
        }
    }
}
