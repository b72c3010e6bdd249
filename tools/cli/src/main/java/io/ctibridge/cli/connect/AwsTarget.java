package io.ctibridge.cli.connect;

import io.ctibridge.cli.common.OperationFailedException;
import io.ctibridge.cli.common.UsageException;
import io.ctibridge.core.aws.AwsClients;
import io.ctibridge.core.aws.AwsSettings;
import io.ctibridge.core.aws.TableNames;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;

/**
 * Where the CLI's AWS calls go, from flags first and then the environment the functions use
 * ({@value AwsSettings#ENDPOINT_ENV}, {@code AWS_REGION}, {@value TableNames#CONFIG_ENV}). Against a local
 * endpoint (moto) the clients use fixed local credentials; against AWS, the SDK's default chain, as on an
 * operator's laptop (environment, {@code ~/.aws} profiles including SSO, container or instance roles).
 *
 * @param settings    region, endpoint and time bounds
 * @param configTable the profiles table
 */
public record AwsTarget(AwsSettings settings, String configTable) {

    /** An operator's network is slower than Lambda's: bound each attempt and each call more loosely. */
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);

    static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    /**
     * @param endpoint the {@code --aws-endpoint} flag, or null
     * @param region   the {@code --region} flag, or null
     * @param table    the {@code --table} flag, or null
     * @param env      the process environment
     * @throws UsageException when the endpoint is not a URL or no region can be found for real AWS
     */
    public static AwsTarget resolve(String endpoint, String region, String table, Map<String, String> env) {
        return resolve(endpoint, region, table, env, AwsTarget::profileRegion);
    }

    /** As {@link #resolve(String, String, String, Map)}, with the AWS profile's region read by {@code profileRegion}. */
    static AwsTarget resolve(
            String endpoint,
            String region,
            String table,
            Map<String, String> env,
            Supplier<Optional<String>> profileRegion) {
        Map<String, String> merged = new HashMap<>(env);
        nonBlank(endpoint).ifPresent(value -> merged.put(AwsSettings.ENDPOINT_ENV, requireEndpoint(value)));
        nonBlank(region).ifPresent(value -> merged.put("AWS_REGION", value));
        nonBlank(table).ifPresent(value -> merged.put(TableNames.CONFIG_ENV, value));
        boolean local = nonBlank(merged.get(AwsSettings.ENDPOINT_ENV)).isPresent();
        boolean regionSet = nonBlank(merged.get("AWS_REGION"))
                .or(() -> nonBlank(merged.get("AWS_DEFAULT_REGION")))
                .isPresent();
        if (!local && !regionSet) {
            profileRegion.get().ifPresent(value -> merged.put("AWS_REGION", value));
        }
        AwsSettings settings;
        try {
            settings = AwsSettings.fromEnvironment(merged).withTimeouts(ATTEMPT_TIMEOUT, CALL_TIMEOUT);
        } catch (IllegalStateException e) {
            throw new UsageException("no AWS region: pass --region, set AWS_REGION or a region in your AWS profile");
        } catch (IllegalArgumentException e) {
            throw new UsageException(
                    AwsSettings.ENDPOINT_ENV + " is not a URL: " + merged.get(AwsSettings.ENDPOINT_ENV));
        }
        return new AwsTarget(settings, TableNames.fromEnvironment(merged).config());
    }

    /**
     * New clients for this target; the caller closes them.
     *
     * @throws OperationFailedException when real AWS is the target and no credentials can be found
     */
    public AwsClients openClients() {
        if (settings.endpointOverride().isPresent()) {
            return new AwsClients(settings, AwsClients.localCredentials());
        }
        DefaultCredentialsProvider credentials =
                DefaultCredentialsProvider.builder().build();
        try {
            // Resolved now, so that a laptop without credentials gets one short line, not the chain's full report.
            credentials.resolveCredentials();
        } catch (SdkClientException e) {
            throw new OperationFailedException(
                    "no AWS credentials found: use an AWS profile (AWS_PROFILE, after"
                            + " 'aws sso login' if it is an SSO profile) or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY,"
                            + " or pass --aws-endpoint for a local stack",
                    e);
        }
        return new AwsClients(settings, credentials);
    }

    /** Where the calls go, for messages: the endpoint or the region. */
    public String describe() {
        return settings.endpointOverride()
                .map(URI::toString)
                .orElse(settings.region().id());
    }

    private static String requireEndpoint(String value) {
        try {
            URI uri = new URI(value.strip());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new UsageException(
                        "--aws-endpoint must be an http(s) URL such as http://127.0.0.1:5000, not " + value);
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw new UsageException("--aws-endpoint is not a URL: " + value);
        }
    }

    // The region of AWS_PROFILE (or the default profile) in ~/.aws/config, which is where a laptop keeps it.
    private static Optional<String> profileRegion() {
        try {
            return Optional.ofNullable(new AwsProfileRegionProvider().getRegion())
                    .map(r -> r.id());
        } catch (SdkClientException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
