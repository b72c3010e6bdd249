package io.ctibridge.core.salesforce.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.salesforce.RsaKeys;
import io.ctibridge.core.salesforce.SalesforceConfigException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TelephonySecretJsonTest {

    private static final RsaKeys KEYS = RsaKeys.generate();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void parse_readsEveryKey() {
        ObjectNode secret = valid();
        secret.put("audience", "https://scrt.salesforce.com");
        secret.put("tokenLifetimeSeconds", 600);
        secret.put("providerName", "ctibridge");

        TelephonyCredentials credentials = TelephonySecretJson.parse(secret.toString());

        assertEquals(URI.create("https://acme.my.salesforce-scrt.com/telephony/v1"), credentials.baseUrl());
        assertEquals("00D000000000001AAA", credentials.orgId());
        assertEquals("ACME_Connect", credentials.contactCenterApiName());
        assertEquals(Optional.of("https://scrt.salesforce.com"), credentials.audience());
        assertEquals(Duration.ofMinutes(10), credentials.tokenLifetime());
        assertEquals(Optional.of("ctibridge"), credentials.providerName());
        assertFalse(credentials.toString().contains("PRIVATE"));
    }

    @Test
    void parse_defaultsToThreeMinuteTokens_andDropsATrailingSlash() {
        ObjectNode secret = valid();
        secret.put("baseUrl", "https://acme.my.salesforce-scrt.com/telephony/v1/");

        TelephonyCredentials credentials = TelephonySecretJson.parse(secret.toString());

        assertEquals(Duration.ofMinutes(3), credentials.tokenLifetime());
        assertEquals(
                "https://acme.my.salesforce-scrt.com/telephony/v1",
                credentials.baseUrl().toString());
    }

    @Test
    void parse_refusesPlainHttpBeyondLoopback() {
        ObjectNode secret = valid();
        secret.put("baseUrl", "http://acme.my.salesforce-scrt.com/telephony/v1");

        var e = assertThrows(SalesforceConfigException.class, () -> TelephonySecretJson.parse(secret.toString()));

        assertEquals(true, e.getMessage().startsWith("Telephony secret: baseUrl must use https"));
    }

    @Test
    void parse_acceptsTheEmulatorOnLoopback() {
        ObjectNode secret = valid();
        secret.put("baseUrl", "http://127.0.0.1:8443/telephony/v1");

        assertEquals(
                "http://127.0.0.1:8443/telephony/v1",
                TelephonySecretJson.parse(secret.toString()).baseUrl().toString());
    }

    @Test
    void parse_namesTheMissingKey() {
        ObjectNode secret = valid();
        secret.remove("contactCenterApiName");

        var e = assertThrows(SalesforceConfigException.class, () -> TelephonySecretJson.parse(secret.toString()));

        assertEquals("Telephony secret: missing required key \"contactCenterApiName\"", e.getMessage());
    }

    @Test
    void parse_refusesAnOrgIdThatIsNotOne() {
        ObjectNode secret = valid();
        secret.put("orgId", "005000000000001");

        assertThrows(SalesforceConfigException.class, () -> TelephonySecretJson.parse(secret.toString()));
    }

    @Test
    void parse_refusesATokenLifetimeBeyond24Hours() {
        ObjectNode secret = valid();
        secret.put("tokenLifetimeSeconds", 86401);

        var e = assertThrows(SalesforceConfigException.class, () -> TelephonySecretJson.parse(secret.toString()));

        assertEquals("Telephony secret: tokenLifetimeSeconds must be a whole number from 30 to 86400", e.getMessage());
    }

    @Test
    void parse_reportsBrokenJsonWithoutQuotingIt() {
        var e = assertThrows(
                SalesforceConfigException.class, () -> TelephonySecretJson.parse("{\"privateKeyPem\": \"MII"));

        assertFalse(e.getMessage().contains("MII"));
    }

    private static ObjectNode valid() {
        ObjectNode secret = JSON.createObjectNode();
        secret.put("baseUrl", "https://acme.my.salesforce-scrt.com/telephony/v1");
        secret.put("orgId", "00D000000000001AAA");
        secret.put("contactCenterApiName", "ACME_Connect");
        secret.put("privateKeyPem", KEYS.privateKeyPem());
        return secret;
    }
}
