package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.ctibridge.core.aws.AwsSettings;
import io.ctibridge.core.aws.TableNames;
import io.ctibridge.core.config.CachingProfileReader;
import io.ctibridge.core.config.DynamoDbProfileStore;
import io.ctibridge.core.lookup.CallerLookup;
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
import io.ctibridge.core.wiring.FunctionEnvironment;
import io.ctibridge.lookup.CallerLookupHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The naive baseline of issue 8: the same caller lookup handler, built the way a function usually is when nobody
 * looked at its cold start. AWS SDK clients from the SDK's defaults (its default HTTP client, Apache here, found on
 * the classpath; the default region and credentials provider chains; no timeouts set), the event read by a default
 * Jackson mapper that registers every module it finds, and no priming. Only the local endpoint override is kept, so
 * that it talks to the same stack.
 */
public final class NaiveColdStartChild {

    private NaiveColdStartChild() {
    }

    public static void main(String[] args) {
        ColdStartChild.measure(args, NaiveColdStartChild::handler, NaiveColdStartChild::readEvent);
    }

    private static CallerLookupHandler handler() {
        Map<String, String> env = System.getenv();
        Clock clock = Clock.systemUTC();
        AwsSettings settings = AwsSettings.fromEnvironment(env);
        DynamoDbClientBuilder dynamoBuilder = DynamoDbClient.builder();
        SecretsManagerClientBuilder secretsBuilder = SecretsManagerClient.builder();
        settings.endpointOverride().ifPresent(endpoint -> {
            dynamoBuilder.endpointOverride(endpoint);
            secretsBuilder.endpointOverride(endpoint);
        });
        DynamoDbClient dynamo = dynamoBuilder.build();
        SecretsManagerClient secrets = secretsBuilder.build();
        TableNames tables = TableNames.fromEnvironment(env);
        Supplier<SalesforceApi> salesforce = new Supplier<>() {
            private SalesforceApi api;

            @Override
            public synchronized SalesforceApi get() {
                if (api == null) {
                    api = SalesforceClients.connect(new SecretsManagerCredentialsSource(secrets,
                            env.get(FunctionEnvironment.SALESFORCE_SECRET_ARN)).load(), HttpSettings.defaults(), clock);
                }
                return api;
            }
        };
        CallerLookup lookup = new CallerLookup(
                new CachingProfileReader(new DynamoDbProfileStore(dynamo, tables.config())),
                new SalesforceCallerSearch(salesforce),
                new DynamoDbContactStateStore(dynamo, tables.contactState(), clock),
                new PopTokenService(new SecretsManagerPopTokenKeys(secrets,
                        env.get(FunctionEnvironment.POP_TOKEN_SECRET_ARN), clock), clock),
                FunctionEnvironment.searchExecutor(), clock, JsonLog.stdout(CallerLookup.class),
                EmfMetrics.stdout("caller-lookup"));
        return new CallerLookupHandler(lookup, JsonLog.stdout(CallerLookupHandler.class));
    }

    /** A default mapper, made to accept Connect's capitalised names the usual way. */
    private static ConnectEvent readEvent(Path file) {
        ObjectMapper mapper = JsonMapper.builder()
                .findAndAddModules()
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try {
            return mapper.readValue(file.toFile(), ConnectEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
