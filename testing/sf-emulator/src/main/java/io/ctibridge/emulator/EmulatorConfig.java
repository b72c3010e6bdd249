package io.ctibridge.emulator;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to start a {@link SalesforceEmulator}.
 *
 * @param port            0 for an ephemeral port
 * @param seedFile        the seed to load; empty for the built-in demo seed
 * @param consumerKey     the connected app's key: the JWT {@code iss} and the client_credentials client_id
 * @param jwtPublicKey    when present, JWT assertions must carry a valid RS256 signature from its private key
 * @param clientSecret    when present, the client_credentials grant is enabled with this secret
 * @param username        the JWT {@code sub} accepted
 * @param sessionLifetime how long an access token stays valid
 * @param apiDailyLimit   the org's API allowance per 24 h: reported as the max of {@code Sforce-Limit-Info} on every
 *                        API answer; once that many calls are used, calls answer 403 REQUEST_LIMIT_EXCEEDED
 */
public record EmulatorConfig(
        int port,
        Optional<Path> seedFile,
        String consumerKey,
        Optional<PublicKey> jwtPublicKey,
        Optional<String> clientSecret,
        String username,
        Duration sessionLifetime,
        long apiDailyLimit) {

    /**
     * An allowance no test run reaches unless it means to (a large Enterprise org's), so that long runs of the
     * local stack and the reliability suite are not refused.
     */
    public static final long DEFAULT_API_DAILY_LIMIT = 1_000_000;

    public EmulatorConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(seedFile, "seedFile");
        Objects.requireNonNull(consumerKey, "consumerKey");
        Objects.requireNonNull(jwtPublicKey, "jwtPublicKey");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(username, "username");
        if (sessionLifetime == null || sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new IllegalArgumentException("sessionLifetime must be positive");
        }
        if (apiDailyLimit < 1) {
            throw new IllegalArgumentException("apiDailyLimit must be positive, not " + apiDailyLimit);
        }
    }

    /** Port 0, demo seed, consumer key "ctibridge-local", user "integration@ctibridge.local", no signature check,
     *  client secret "local-secret", 2-hour sessions. */
    public static EmulatorConfig defaults() {
        return new EmulatorConfig(
                0,
                Optional.empty(),
                "ctibridge-local",
                Optional.empty(),
                Optional.of("local-secret"),
                "integration@ctibridge.local",
                Duration.ofHours(2),
                DEFAULT_API_DAILY_LIMIT);
    }

    public EmulatorConfig withPort(int newPort) {
        return new EmulatorConfig(
                newPort, seedFile, consumerKey, jwtPublicKey, clientSecret, username, sessionLifetime, apiDailyLimit);
    }

    public EmulatorConfig withSeedFile(Path file) {
        return new EmulatorConfig(
                port,
                Optional.of(file),
                consumerKey,
                jwtPublicKey,
                clientSecret,
                username,
                sessionLifetime,
                apiDailyLimit);
    }

    public EmulatorConfig withConsumerKey(String key) {
        return new EmulatorConfig(
                port, seedFile, key, jwtPublicKey, clientSecret, username, sessionLifetime, apiDailyLimit);
    }

    public EmulatorConfig withJwtPublicKey(PublicKey key) {
        return new EmulatorConfig(
                port, seedFile, consumerKey, Optional.of(key), clientSecret, username, sessionLifetime, apiDailyLimit);
    }

    public EmulatorConfig withClientSecret(String secret) {
        return new EmulatorConfig(
                port,
                seedFile,
                consumerKey,
                jwtPublicKey,
                Optional.of(secret),
                username,
                sessionLifetime,
                apiDailyLimit);
    }

    /** Disables the client_credentials grant. */
    public EmulatorConfig withoutClientSecret() {
        return new EmulatorConfig(
                port, seedFile, consumerKey, jwtPublicKey, Optional.empty(), username, sessionLifetime, apiDailyLimit);
    }

    public EmulatorConfig withUsername(String user) {
        return new EmulatorConfig(
                port, seedFile, consumerKey, jwtPublicKey, clientSecret, user, sessionLifetime, apiDailyLimit);
    }

    public EmulatorConfig withSessionLifetime(Duration lifetime) {
        return new EmulatorConfig(
                port, seedFile, consumerKey, jwtPublicKey, clientSecret, username, lifetime, apiDailyLimit);
    }

    /** An org whose API allowance is {@code limit} calls a day (a developer org has 15,000). */
    public EmulatorConfig withApiDailyLimit(long limit) {
        return new EmulatorConfig(
                port, seedFile, consumerKey, jwtPublicKey, clientSecret, username, sessionLifetime, limit);
    }

    /** Never prints the client secret. */
    @Override
    public String toString() {
        return "EmulatorConfig[port=" + port + ", seedFile=" + seedFile + ", consumerKey=" + consumerKey
                + ", jwtSignatureCheck=" + jwtPublicKey.isPresent() + ", clientCredentials="
                + clientSecret.isPresent() + ", username=" + username + ", sessionLifetime=" + sessionLifetime
                + ", apiDailyLimit=" + apiDailyLimit + "]";
    }
}
