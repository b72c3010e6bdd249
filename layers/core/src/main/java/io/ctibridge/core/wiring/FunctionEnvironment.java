package io.ctibridge.core.wiring;

import io.ctibridge.core.aws.AwsClients;
import io.ctibridge.core.aws.AwsSettings;
import io.ctibridge.core.aws.TableNames;
import io.ctibridge.core.calllog.CallLogLedger;
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
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.salesforce.auth.SecretsManagerCredentialsSource;
import io.ctibridge.core.salesforce.http.HttpSettings;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * The real collaborators of the functions, built from the environment the template sets, once per execution
 * environment. Handlers' no-arg constructors use this; tests build the same classes by hand.
 *
 * <p>Nothing here does I/O while constructing: secrets and Salesforce sessions are fetched on first use, so an
 * outage at cold start turns into an UNAVAILABLE answer rather than a failed init that Connect sees as an error.
 */
public final class FunctionEnvironment {

    public static final String SALESFORCE_SECRET_ARN = "SALESFORCE_SECRET_ARN";
    public static final String POP_TOKEN_SECRET_ARN = "POP_TOKEN_SECRET_ARN";
    /** SQS queue URL for contacts the call log gives up on (malformed, refused by Salesforce). */
    public static final String CALL_LOG_DLQ_URL = "CALL_LOG_DLQ_URL";

    private final Map<String, String> env;
    private final Clock clock;
    private final AwsClients aws;
    private final TableNames tables;
    private final SalesforceConnection salesforce;
    private final ProfileReader profiles;

    public FunctionEnvironment(Map<String, String> env, Clock clock) {
        this.env = Map.copyOf(env);
        this.clock = clock;
        this.aws = new AwsClients(AwsSettings.fromEnvironment(env));
        this.tables = TableNames.fromEnvironment(env);
        this.salesforce = new SalesforceConnection(
                HttpSettings.defaults().newClient(),
                () -> new SecretsManagerCredentialsSource(aws.secretsManager(), required(SALESFORCE_SECRET_ARN)).load(),
                clock);
        this.profiles = new CachingProfileReader(new DynamoDbProfileStore(aws.dynamoDb(), tables.config()));
    }

    public static FunctionEnvironment fromSystem() {
        return new FunctionEnvironment(System.getenv(), Clock.systemUTC());
    }

    public AwsClients aws() {
        return aws;
    }

    public ProfileReader profiles() {
        return profiles;
    }

    /** The Salesforce API, connected on first use (credentials read from Secrets Manager then). */
    public Supplier<SalesforceApi> salesforce() {
        return salesforce;
    }

    public ContactStateStore contactStates() {
        return new DynamoDbContactStateStore(aws.dynamoDb(), tables.contactState(), clock);
    }

    public PopTokenService popTokens() {
        return new PopTokenService(
                new SecretsManagerPopTokenKeys(aws.secretsManager(), required(POP_TOKEN_SECRET_ARN), clock), clock);
    }

    public CallerLookup callerLookup(ExecutorService searches) {
        return new CallerLookup(
                profiles,
                new SalesforceCallerSearch(salesforce),
                contactStates(),
                popTokens(),
                searches,
                clock,
                JsonLog.stdout(CallerLookup.class),
                EmfMetrics.stdout("caller-lookup"));
    }

    /**
     * The screen-pop API: token check, the stored lookup result or a lookup run on {@code searches}, CORS for the
     * origins in {@value CorsPolicy#ALLOWED_ORIGINS_ENV} (unset when API Gateway answers CORS).
     */
    public ScreenPopEndpoint screenPop(ExecutorService searches) {
        ScreenPopService pops = new ScreenPopService(
                contactStates(), profiles, callerLookup(searches), clock, JsonLog.stdout(ScreenPopService.class));
        return new ScreenPopEndpoint(
                new PopRequestAuthorizer(popTokens()),
                pops,
                CorsPolicy.of(env.get(CorsPolicy.ALLOWED_ORIGINS_ENV)),
                JsonLog.stdout(ScreenPopEndpoint.class),
                EmfMetrics.stdout("screen-pop"));
    }

    public CallLogLedger callLogLedger() {
        return new DynamoDbCallLogLedger(aws.dynamoDb(), tables.callLogLedger(), clock);
    }

    /** The queue URL of {@value #CALL_LOG_DLQ_URL}; the function builds its SQS client with {@link #aws()}. */
    public String callLogDeadLetterQueueUrl() {
        return required(CALL_LOG_DLQ_URL);
    }

    /**
     * The call log; keep one per execution environment (it caches agents' Salesforce Users). {@code work} runs
     * the batch's DynamoDB reads and writes side by side.
     */
    public CallLogger callLogger(DeadLetters deadLetters, ExecutorService work) {
        return callLogger(deadLetters, work, CallLogSettings.defaults());
    }

    /** The call log with other timings (tests that fail Salesforce on purpose do not wait for it). */
    public CallLogger callLogger(DeadLetters deadLetters, ExecutorService work, CallLogSettings settings) {
        return new CallLogger(
                profiles,
                contactStates(),
                callLogLedger(),
                salesforce,
                deadLetters,
                work,
                settings,
                clock,
                JsonLog.stdout(CallLogger.class),
                EmfMetrics.stdout("call-logger"));
    }

    /**
     * Builds the AWS SDK clients now rather than on the first call (SnapStart priming: building them does no I/O,
     * and the snapshot then holds them ready).
     */
    public void buildClients() {
        aws.dynamoDb();
        aws.secretsManager();
    }

    /** The HTTP client of the Salesforce API, built with this environment (priming warms its classes). */
    OkHttpClient salesforceHttp() {
        return salesforce.http();
    }

    /**
     * After a SnapStart restore: drops the Salesforce session and pooled connections, which the snapshot would
     * otherwise share with every environment restored from it. Secrets and AWS clients stay (no per-environment
     * state: the SDK signs each request with the credentials of the moment).
     */
    public void forgetSessionsAndConnections() {
        salesforce.forgetSessionAndConnections();
    }

    /** A virtual thread per search: blocking HTTP costs no platform thread. */
    public static ExecutorService searchExecutor() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }

    private String required(String variable) {
        return Optional.ofNullable(env.get(variable))
                .filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException("environment variable " + variable + " is not set"));
    }
}
