package io.ctibridge.core.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.regions.Region;

/**
 * How to reach AWS: the region, an optional local endpoint (moto or another stand-in) and time bounds for every
 * call. Read from the environment in Lambda, built directly in tests.
 *
 * @param region           the region of every client; in Lambda, {@code AWS_REGION}
 * @param endpointOverride a local endpoint for every service, which also switches to fixed local credentials
 * @param attemptTimeout   bound on one HTTP attempt (connect and each read)
 * @param apiCallTimeout   bound on one SDK call including its retries; the lookup has a 3 s budget in all
 */
public record AwsSettings(
        Region region, Optional<URI> endpointOverride, Duration attemptTimeout, Duration apiCallTimeout) {

    /** Environment variable naming a local endpoint, e.g. {@code http://127.0.0.1:5000} for moto. */
    public static final String ENDPOINT_ENV = "CTIBRIDGE_AWS_ENDPOINT";

    public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofSeconds(2);
    /** Region used locally when none is set: a local endpoint ignores it, but the SDK needs one. */
    static final Region LOCAL_REGION = Region.US_EAST_1;

    public AwsSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpointOverride, "endpointOverride");
        Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        Objects.requireNonNull(apiCallTimeout, "apiCallTimeout");
    }

    /** Real AWS in the given region, default timeouts. */
    public static AwsSettings of(Region region) {
        return new AwsSettings(region, Optional.empty(), DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_API_CALL_TIMEOUT);
    }

    /** A local endpoint (moto), default timeouts. */
    public static AwsSettings local(URI endpoint) {
        return new AwsSettings(LOCAL_REGION, Optional.of(endpoint), DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_API_CALL_TIMEOUT);
    }

    public static AwsSettings fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * Reads {@code AWS_REGION} (set by Lambda) and {@value #ENDPOINT_ENV}.
     *
     * @throws IllegalStateException when no region is set and no local endpoint is either
     */
    public static AwsSettings fromEnvironment(Map<String, String> env) {
        Optional<URI> endpoint = nonBlank(env.get(ENDPOINT_ENV)).map(URI::create);
        Region region = nonBlank(env.get("AWS_REGION"))
                .or(() -> nonBlank(env.get("AWS_DEFAULT_REGION")))
                .map(Region::of)
                .or(() -> endpoint.map(local -> LOCAL_REGION))
                .orElseThrow(
                        () -> new IllegalStateException("AWS_REGION is not set: Lambda sets it; elsewhere set it, or "
                                + ENDPOINT_ENV + " for a local endpoint"));
        return new AwsSettings(region, endpoint, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_API_CALL_TIMEOUT);
    }

    public AwsSettings withTimeouts(Duration attemptTimeout, Duration apiCallTimeout) {
        return new AwsSettings(region, endpointOverride, attemptTimeout, apiCallTimeout);
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
