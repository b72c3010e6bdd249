package io.ctibridge.core.salesforce.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.salesforce.RsaKeys;
import io.ctibridge.core.salesforce.SalesforceConfigException;
import io.ctibridge.testkit.AwsTestClients;
import io.ctibridge.testkit.MotoServer;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Reads the credentials secret from a real Secrets Manager wire protocol (moto on loopback). */
class SecretsManagerCredentialsSourceIT {

    private static SecretsManagerClient secrets;

    @BeforeAll
    static void connect() {
        secrets = AwsTestClients.secretsManager(MotoServer.shared().endpoint());
    }

    @AfterAll
    static void disconnect() {
        secrets.close();
    }

    @Test
    void load_readsAJwtBearerSecretByArn() {
        RsaKeys keys = RsaKeys.generate();
        String arn = createSecret("""
        {"authFlow":"JWT_BEARER","loginUrl":"https://login.salesforce.com","consumerKey":"3MVG9-key",
         "username":"integration@acme.example","privateKeyPem":"%s","apiVersion":"v67.0"}""".formatted(keys.privateKeyPem().replace("\n", "\\n")));

        var credentials = assertInstanceOf(
                SalesforceCredentials.JwtBearer.class, new SecretsManagerCredentialsSource(secrets, arn).load());

        assertEquals(URI.create("https://login.salesforce.com"), credentials.loginUrl());
        assertEquals("integration@acme.example", credentials.username());
        assertEquals(keys.pair().getPrivate(), credentials.privateKey());
        assertEquals("v67.0", credentials.apiVersion().value());
    }

    @Test
    void load_namesTheMissingKey() {
        String arn = createSecret("""
        {"authFlow":"CLIENT_CREDENTIALS","loginUrl":"https://acme.my.salesforce.com","clientId":"cid"}""");

        SalesforceConfigException e = assertThrows(
                SalesforceConfigException.class, () -> new SecretsManagerCredentialsSource(secrets, arn).load());

        assertTrue(e.getMessage().contains("\"clientSecret\""), e.getMessage());
    }

    @Test
    void load_namesTheArn_whenNoSuchSecretExists() {
        String arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:ctibridge/absent-" + UUID.randomUUID();

        SalesforceConfigException e = assertThrows(
                SalesforceConfigException.class, () -> new SecretsManagerCredentialsSource(secrets, arn).load());

        assertTrue(e.getMessage().contains(arn));
    }

    private static String createSecret(String json) {
        return secrets.createSecret(
                        b -> b.name("ctibridge/salesforce-" + UUID.randomUUID()).secretString(json))
                .arn();
    }
}
