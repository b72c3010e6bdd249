package io.ctibridge.core.poptoken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * Pop-token keys from a Secrets Manager secret whose value is {@code {"key":"<at least 32 random characters>"}}.
 * The AWSCURRENT version signs; AWSPREVIOUS still verifies, so rotating the secret never logs agents out of a ringing
 * call. Each version's id is its key id. Cached for a few minutes: the secret is read at most once per refresh.
 */
public final class SecretsManagerPopTokenKeys implements Supplier<PopTokenKeys> {

    private static final Duration REFRESH_AFTER = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretsManagerClient secrets;
    private final String secretArn;
    private final Clock clock;
    private PopTokenKeys cached;
    private Instant fetchedAt = Instant.MIN;

    public SecretsManagerPopTokenKeys(SecretsManagerClient secrets, String secretArn, Clock clock) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.secretArn = Objects.requireNonNull(secretArn, "secretArn");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized PopTokenKeys get() {
        if (cached == null || clock.instant().isAfter(fetchedAt.plus(REFRESH_AFTER))) {
            try {
                cached = load();
                fetchedAt = clock.instant();
            } catch (RuntimeException e) {
                if (cached == null) {
                    throw e;
                }
                // Keep signing with the keys we have: a Secrets Manager blip must not break screen pops.
                fetchedAt = clock.instant();
            }
        }
        return cached;
    }

    private PopTokenKeys load() {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        GetSecretValueResponse current = fetch("AWSCURRENT")
                .orElseThrow(
                        () -> new IllegalStateException("pop token secret has no AWSCURRENT version: " + secretArn));
        keys.put(current.versionId(), keyOf(current));
        fetch("AWSPREVIOUS").ifPresent(previous -> keys.put(previous.versionId(), keyOf(previous)));
        return new PopTokenKeys(current.versionId(), keys);
    }

    private Optional<GetSecretValueResponse> fetch(String stage) {
        try {
            return Optional.of(secrets.getSecretValue(r -> r.secretId(secretArn).versionStage(stage)));
        } catch (ResourceNotFoundException noSuchStage) {
            return Optional.empty();
        }
    }

    private byte[] keyOf(GetSecretValueResponse version) {
        JsonNode key;
        try {
            key = JSON.readTree(Objects.requireNonNullElse(version.secretString(), "{}"))
                    .path("key");
        } catch (IOException e) {
            throw new IllegalStateException("pop token secret is not JSON (version " + version.versionId() + ")");
        }
        if (!key.isTextual()) {
            throw new IllegalStateException(
                    "pop token secret lacks the string field \"key\" (version " + version.versionId() + ")");
        }
        return key.asText().getBytes(StandardCharsets.UTF_8);
    }
}
