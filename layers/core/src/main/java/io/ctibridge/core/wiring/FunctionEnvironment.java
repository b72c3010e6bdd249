package io.ctibridge.core.wiring;

import io.ctibridge.core.aws.AwsClients;
import io.ctibridge.core.aws.AwsSettings;
import io.ctibridge.core.aws.TableNames;
import io.ctibridge.core.config.CachingProfileReader;
import io.ctibridge.core.config.DynamoDbProfileStore;
import io.ctibridge.core.config.ProfileReader;
import io.ctibridge.core.lookup.CallerLookup;
import io.ctibridge.core.lookup.ContactStateStore;
import io.ctibridge.core.lookup.DynamoDbContactStateStore;
import io.ctibridge.core.lookup.SalesforceCallerSearch;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.pop.PopTokenService;
import io.ctibridge.core.pop.SecretsManagerPopTokenKeys;
import io.ctibridge.core.salesforce.SalesforceClients;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.salesforce.auth.SecretsManagerCredentialsSource;
import io.ctibridge.core.salesforce.http.HttpSettings;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

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

    private final Map<String, String> env;
    private final Clock clock;
    private final AwsClients aws;
    private final TableNames tables;
    private final Supplier<SalesforceApi> salesforce;
    private final ProfileReader profiles;

    public FunctionEnvironment(Map<String, String> env, Clock clock) {
        this.env = Map.copyOf(env);
        this.clock = clock;
        this.aws = new AwsClients(AwsSettings.fromEnvironment(env));
        this.tables = TableNames.fromEnvironment(env);
        this.salesforce = new Memoized<>(() -> SalesforceClients.connect(
                new SecretsManagerCredentialsSource(aws.secretsManager(), required(SALESFORCE_SECRET_ARN)).load(),
                HttpSettings.defaults(), clock));
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
        return new CallerLookup(profiles, new SalesforceCallerSearch(salesforce), contactStates(), popTokens(),
                searches, clock, JsonLog.stdout(CallerLookup.class), EmfMetrics.stdout("caller-lookup"));
    }

    /** A virtual thread per search: blocking HTTP costs no platform thread. */
    public static ExecutorService searchExecutor() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }

    private String required(String variable) {
        return Optional.ofNullable(env.get(variable)).filter(v -> !v.isBlank())
                .orElseThrow(() -> new IllegalStateException("environment variable " + variable + " is not set"));
    }
}
