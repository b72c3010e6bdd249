package io.ctibridge.core.salesforce.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.salesforce.ApiVersion;
import io.ctibridge.core.salesforce.RsaKeys;
import io.ctibridge.core.salesforce.SalesforceConfigException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretJsonTest {

    private static final RsaKeys KEYS = RsaKeys.generate();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void parse_readsAJwtBearerSecret() {
        var credentials = assertInstanceOf(
                SalesforceCredentials.JwtBearer.class,
                SecretJson.parse(jwtSecret().toString()));

        assertEquals(URI.create("https://login.salesforce.com"), credentials.loginUrl());
        assertEquals("3MVG9-key", credentials.consumerKey());
        assertEquals("integration@acme.example", credentials.username());
        assertEquals(KEYS.pair().getPrivate(), credentials.privateKey());
        assertEquals("https://login.salesforce.com", credentials.audience(), "aud defaults to the login URL");
        assertEquals(ApiVersion.DEFAULT, credentials.apiVersion());
    }

    @Test
    void parse_takesAudienceAndApiVersion_whenGiven() {
        ObjectNode secret = jwtSecret()
                .put("loginUrl", "https://acme--uat.sandbox.my.salesforce.com")
                .put("audience", "https://test.salesforce.com")
                .put("apiVersion", "v66.0");

        var credentials = (SalesforceCredentials.JwtBearer) SecretJson.parse(secret.toString());

        assertEquals("https://test.salesforce.com", credentials.audience());
        assertEquals(ApiVersion.of("v66.0"), credentials.apiVersion());
    }

    @Test
    void parse_readsAClientCredentialsSecret() {
        String secret = """
        {"authFlow":"CLIENT_CREDENTIALS","loginUrl":"https://acme.my.salesforce.com/","clientId":"cid","clientSecret":"csecret"}""";

        var credentials = assertInstanceOf(SalesforceCredentials.ClientCredentials.class, SecretJson.parse(secret));

        assertEquals(URI.create("https://acme.my.salesforce.com"), credentials.loginUrl());
        assertEquals("cid", credentials.clientId());
        assertEquals("csecret", credentials.clientSecret());
    }

    @ParameterizedTest
    @ValueSource(strings = {"authFlow", "loginUrl", "consumerKey", "username", "privateKeyPem"})
    void parse_namesTheMissingKey(String key) {
        ObjectNode secret = jwtSecret();
        secret.remove(key);

        SalesforceConfigException e =
                assertThrows(SalesforceConfigException.class, () -> SecretJson.parse(secret.toString()));

        assertTrue(e.getMessage().contains("\"" + key + "\""), e.getMessage());
    }

    @Test
    void parse_namesTheMissingClientSecret_withoutEchoingTheOtherValues() {
        String secret =
                "{\"authFlow\":\"CLIENT_CREDENTIALS\",\"loginUrl\":\"https://acme.my.salesforce.com\",\"clientId\":\"cid-VALUE\"}";

        SalesforceConfigException e = assertThrows(SalesforceConfigException.class, () -> SecretJson.parse(secret));

        assertTrue(e.getMessage().contains("\"clientSecret\""));
        assertFalse(e.getMessage().contains("cid-VALUE"));
    }

    @Test
    void parse_refusesClientCredentialsOnTheSharedLoginHost() {
        String secret =
                "{\"authFlow\":\"CLIENT_CREDENTIALS\",\"loginUrl\":\"https://login.salesforce.com\",\"clientId\":\"c\",\"clientSecret\":\"s\"}";

        SalesforceConfigException e = assertThrows(SalesforceConfigException.class, () -> SecretJson.parse(secret));

        assertTrue(e.getMessage().contains("My Domain"));
    }

    @Test
    void parse_refusesTheUsernamePasswordFlow() {
        ObjectNode secret = jwtSecret().put("authFlow", "USERNAME_PASSWORD");

        SalesforceConfigException e =
                assertThrows(SalesforceConfigException.class, () -> SecretJson.parse(secret.toString()));

        assertTrue(e.getMessage().contains("JWT_BEARER or CLIENT_CREDENTIALS"));
    }

    @Test
    void parse_reportsBrokenJson_byPositionOnly() {
        String broken = "{\"authFlow\":\"JWT_BEARER\",\"privateKeyPem\":\"TOP-SECRET-MATERIAL\" \"username\":1}";

        SalesforceConfigException e = assertThrows(SalesforceConfigException.class, () -> SecretJson.parse(broken));

        assertTrue(e.getMessage().contains("not valid JSON"));
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        assertEquals(null, e.getCause(), "Jackson's exception quotes the input, so it is not kept as the cause");
    }

    @Test
    void parse_explainsHowToConvertAPkcs1Key() {
        ObjectNode secret = jwtSecret()
                .put("privateKeyPem", "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----");

        SalesforceConfigException e =
                assertThrows(SalesforceConfigException.class, () -> SecretJson.parse(secret.toString()));

        assertTrue(e.getMessage().contains("openssl pkcs8 -topk8"));
    }

    @Test
    void parse_rejectsAKeyThatIsNotRsaPkcs8_withoutQuotingIt() {
        ObjectNode secret = jwtSecret()
                .put("privateKeyPem", "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----");

        SalesforceConfigException e =
                assertThrows(SalesforceConfigException.class, () -> SecretJson.parse(secret.toString()));

        assertFalse(e.getMessage().contains("bm90IGEga2V5"));
    }

    @Test
    void parse_rejectsABadApiVersion() {
        ObjectNode secret = jwtSecret().put("apiVersion", "68");

        assertThrows(SalesforceConfigException.class, () -> SecretJson.parse(secret.toString()));
    }

    @Test
    void toString_redactsKeysAndSecrets() {
        String jwt = SecretJson.parse(jwtSecret().toString()).toString();
        String client = SecretJson.parse(
                        "{\"authFlow\":\"CLIENT_CREDENTIALS\",\"loginUrl\":\"https://acme.my.salesforce.com\",\"clientId\":\"cid\",\"clientSecret\":\"csecret\"}")
                .toString();

        assertFalse(jwt.contains("3MVG9-key"));
        assertFalse(jwt.contains("modulus"));
        assertTrue(jwt.contains("integration@acme.example"));
        assertFalse(client.contains("csecret"));
        assertFalse(client.contains("cid"));
    }

    private static ObjectNode jwtSecret() {
        return JSON.createObjectNode()
                .put("authFlow", "JWT_BEARER")
                .put("loginUrl", "https://login.salesforce.com")
                .put("consumerKey", "3MVG9-key")
                .put("username", "integration@acme.example")
                .put("privateKeyPem", KEYS.privateKeyPem());
    }
}
