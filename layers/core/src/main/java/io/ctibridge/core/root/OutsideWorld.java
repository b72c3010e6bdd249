package io.ctibridge.core.root;

import io.ctibridge.core.aws.AwsClients;
import io.ctibridge.core.aws.AwsSettings;
import io.ctibridge.core.observability.LogSink;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Everything ctibridge reaches outside its own code, as one value: the deployment's settings, the AWS clients, the
 * Salesforce transport, the clock and where logs and metrics go. {@link CompositionRoot} builds every service from
 * it; Lambda, the CLI, the local stack, the benchmarks and the reliability suite differ only in the world they pass.
 *
 * @param settings   the deployment's settings (the environment variables template.yaml sets)
 * @param aws        DynamoDB, Secrets Manager and SQS, each built on first use
 * @param salesforce the HTTP client every Salesforce call goes through and where its credentials come from
 * @param clock      what "now" is
 * @param logs       where JSON log lines and EMF metrics are written
 */
public record OutsideWorld(
        DeploymentSettings settings, AwsClients aws, SalesforceTransport salesforce, Clock clock, LogSink logs) {

    public OutsideWorld {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(aws, "aws");
        Objects.requireNonNull(salesforce, "salesforce");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(logs, "logs");
    }

    /** Lambda's world: the function's environment variables, stdout, the system clock. */
    public static OutsideWorld lambda() {
        return fromEnvironment(System.getenv(), Clock.systemUTC());
    }

    /**
     * The world an environment describes, as in Lambda: AWS at the region (or the local endpoint) it names, the
     * Salesforce credentials in its secret, logs on stdout at its {@code LOG_LEVEL}. Nothing here does I/O.
     */
    public static OutsideWorld fromEnvironment(Map<String, String> env, Clock clock) {
        DeploymentSettings settings = new DeploymentSettings(env);
        AwsClients aws = new AwsClients(AwsSettings.fromEnvironment(env));
        return new OutsideWorld(
                settings,
                aws,
                SalesforceTransport.fromSecret(aws, settings),
                clock,
                LogSink.stdout(settings.logLevel(), clock));
    }

    public OutsideWorld withSalesforce(SalesforceTransport transport) {
        return new OutsideWorld(settings, aws, transport, clock, logs);
    }

    public OutsideWorld withAws(AwsClients clients) {
        return new OutsideWorld(settings, clients, salesforce, clock, logs);
    }

    /** The same world with every AWS call also run through {@code interceptor} (a harness's timer or fault). */
    public OutsideWorld withAwsInterceptor(ExecutionInterceptor interceptor) {
        return withAws(aws.withInterceptor(interceptor));
    }

    /** The same world with {@code overrides} in its settings (another queue, other origins). */
    public OutsideWorld withSettings(Map<String, String> overrides) {
        Map<String, String> env = new HashMap<>(settings.env());
        env.putAll(overrides);
        return new OutsideWorld(new DeploymentSettings(env), aws, salesforce, clock, logs);
    }

    public OutsideWorld withLogs(LogSink sink) {
        return new OutsideWorld(settings, aws, salesforce, clock, sink);
    }

    public OutsideWorld withClock(Clock other) {
        return new OutsideWorld(settings, aws, salesforce, other, logs);
    }
}
