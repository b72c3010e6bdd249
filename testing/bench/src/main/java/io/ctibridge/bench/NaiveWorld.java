package io.ctibridge.bench;

import io.ctibridge.core.aws.AwsClients;
import io.ctibridge.core.aws.AwsSettings;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.observability.LogSink;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.root.DeploymentSettings;
import io.ctibridge.core.root.OutsideWorld;
import io.ctibridge.core.root.SalesforceTransport;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * The naive baseline of the cold-start figures: the outside world as a function usually has it when nobody looked
 * at its cold start. AWS SDK clients from the SDK's defaults (its default HTTP client, Apache here, found on the
 * classpath; the default region and credentials provider chains; no timeouts set), pointed at the same stack.
 * The services are the root's, so that the difference is the outside world alone.
 */
public final class NaiveWorld {

    private NaiveWorld() {}

    /** The root of the naive world this process's environment describes. */
    public static CompositionRoot rootFromSystem() {
        return new CompositionRoot(of(System.getenv()));
    }

    static OutsideWorld of(Map<String, String> env) {
        Clock clock = Clock.systemUTC();
        DeploymentSettings settings = new DeploymentSettings(env);
        Optional<URI> endpoint = Optional.ofNullable(env.get(AwsSettings.ENDPOINT_ENV))
                .filter(v -> !v.isBlank())
                .map(URI::create);
        // The region is the SDK's to find; AwsSettings only carries the endpoint here.
        AwsClients aws = AwsClients.sdkDefaults(new AwsSettings(
                Region.US_EAST_1, endpoint, AwsSettings.DEFAULT_ATTEMPT_TIMEOUT, AwsSettings.DEFAULT_API_CALL_TIMEOUT));
        return new OutsideWorld(
                settings,
                aws,
                SalesforceTransport.fromSecret(aws, settings),
                clock,
                LogSink.stdout(JsonLog.Level.INFO, clock));
    }
}
