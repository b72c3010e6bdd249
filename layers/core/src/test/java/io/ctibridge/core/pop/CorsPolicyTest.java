package io.ctibridge.core.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorsPolicyTest {

    private static final String LIGHTNING = "https://acme.lightning.force.com";
    private static final String VISUALFORCE = "https://acme--amazonconnect.vf.force.com";
    private final CorsPolicy policy = CorsPolicy.of(" " + LIGHTNING + " ,," + VISUALFORCE + ",");

    @Test
    void allows_exactlyTheConfiguredOrigins() {
        assertTrue(policy.allows(LIGHTNING));
        assertTrue(policy.allows(VISUALFORCE));
        assertTrue(policy.allows("https://ACME.lightning.force.com"), "hosts are case-insensitive");
        assertFalse(policy.allows("https://evil.lightning.force.com"));
        assertFalse(policy.allows("http://acme.lightning.force.com"), "the scheme is part of the origin");
        assertFalse(policy.allows("https://acme.lightning.force.com:8443"));
        assertFalse(policy.allows("null"));
        assertFalse(policy.allows(null));
    }

    @Test
    void responseHeaders_echoAnAllowedOriginOnly_andVaryByOrigin() {
        assertEquals(
                Map.of("Access-Control-Allow-Origin", LIGHTNING, "Vary", "Origin"), policy.responseHeaders(LIGHTNING));
        assertEquals(Map.of(), policy.responseHeaders("https://evil.example.com"));
    }

    @Test
    void preflightHeaders_allowGetWithTheAuthorizationHeader_andNoCredentials() {
        Map<String, String> headers = policy.preflightHeaders(VISUALFORCE);
        assertEquals(VISUALFORCE, headers.get("Access-Control-Allow-Origin"));
        assertEquals("GET, OPTIONS", headers.get("Access-Control-Allow-Methods"));
        assertTrue(headers.get("Access-Control-Allow-Headers").contains("Authorization"));
        assertEquals("600", headers.get("Access-Control-Max-Age"));
        assertFalse(headers.containsKey("Access-Control-Allow-Credentials"), "the token is a header, not a cookie");
        assertEquals(Map.of(), policy.preflightHeaders("https://evil.example.com"));
    }

    @Test
    void none_allowsNoOrigin() {
        assertFalse(CorsPolicy.none().allows(LIGHTNING));
        assertFalse(CorsPolicy.of(null).allows(LIGHTNING));
        assertFalse(CorsPolicy.of("  ").allows(LIGHTNING));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*",
                "acme.lightning.force.com",
                "https://acme.lightning.force.com/",
                "https://acme.lightning.force.com/softphone",
                "https://*.force.com",
                "ftp://acme.example.com",
                "https://user@acme.lightning.force.com"
            })
    void of_refusesWhatIsNotAnOrigin(String origin) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CorsPolicy.of(origin));
        assertTrue(e.getMessage().contains("ALLOWED_ORIGINS"), e.getMessage());
    }
}
