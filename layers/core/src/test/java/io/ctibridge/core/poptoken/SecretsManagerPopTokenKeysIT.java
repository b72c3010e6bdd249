package io.ctibridge.core.poptoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.testkit.AwsTestClients;
import io.ctibridge.testkit.MotoServer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

class SecretsManagerPopTokenKeysIT {

    private static SecretsManagerClient secrets;

    @BeforeAll
    static void connect() {
        secrets = AwsTestClients.secretsManager(MotoServer.shared().endpoint());
    }

    @Test
    void tokensMintedBeforeRotation_stillVerify_andNewOnesUseTheNewKey() {
        String arn = secrets.createSecret(
                        r -> r.name("pop-" + UUID.randomUUID()).secretString("{\"key\":\"" + "a".repeat(48) + "\"}"))
                .arn();
        // Fresh key source each time: the cache would otherwise hide the rotation for five minutes.
        String before = service(arn).mint("contact-1", Duration.ofMinutes(5));

        secrets.putSecretValue(r -> r.secretId(arn).secretString("{\"key\":\"" + "b".repeat(48) + "\"}"));
        PopTokenService afterRotation = service(arn);

        assertEquals(PopTokenVerdict.VALID, afterRotation.verify(before, "contact-1"));
        String after = afterRotation.mint("contact-1", Duration.ofMinutes(5));
        assertEquals(PopTokenVerdict.VALID, afterRotation.verify(after, "contact-1"));
        assertEquals(PopTokenVerdict.FORGED, service(arn, "c".repeat(48)).verify(after, "contact-1"));
    }

    @Test
    void get_failsClearly_whenTheSecretHasNoKeyField() {
        String arn = secrets.createSecret(
                        r -> r.name("pop-" + UUID.randomUUID()).secretString("{\"nope\":1}"))
                .arn();
        IllegalStateException error = assertThrows(
                IllegalStateException.class,
                () -> new SecretsManagerPopTokenKeys(secrets, arn, Clock.systemUTC()).get());
        assertTrue(error.getMessage().contains("\"key\""), error.getMessage());
    }

    private static PopTokenService service(String arn) {
        return new PopTokenService(new SecretsManagerPopTokenKeys(secrets, arn, Clock.systemUTC()), Clock.systemUTC());
    }

    /** A service whose only key is {@code key}, under the id the secret's current version has. */
    private static PopTokenService service(String arn, String key) {
        String currentVersion = secrets.getSecretValue(r -> r.secretId(arn)).versionId();
        PopTokenKeys only =
                new PopTokenKeys(currentVersion, Map.of(currentVersion, key.getBytes(StandardCharsets.UTF_8)));
        return new PopTokenService(() -> only, Clock.systemUTC());
    }
}
