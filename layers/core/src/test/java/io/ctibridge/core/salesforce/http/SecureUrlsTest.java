package io.ctibridge.core.salesforce.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.salesforce.SalesforceConfigException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecureUrlsTest {

    private static final String PLAIN_HTTP = "must use https";
    private static final String NOT_ABSOLUTE = "must be an absolute https URL";

    // ---- requireSecureOrigin: Salesforce login and instance URLs ----

    @ParameterizedTest
    @CsvSource({
        "https://login.salesforce.com, https://login.salesforce.com",
        "https://acme.my.salesforce.com/, https://acme.my.salesforce.com",
        "HTTPS://test.salesforce.com, https://test.salesforce.com",
        "http://127.0.0.1:8443, http://127.0.0.1:8443",
        "http://localhost:9000/, http://localhost:9000",
    })
    void requireSecureOrigin_acceptsHttpsAndLoopbackHttp(String url, String origin) {
        assertEquals(URI.create(origin), SecureUrls.requireSecureOrigin("loginUrl", url));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://login.salesforce.com",
                "ftp://x.example",
                "login.salesforce.com",
                "https://login.salesforce.com/services/oauth2/token",
                "https://",
                "not a url",
                " "
            })
    void requireSecureOrigin_rejectsPlainHttpElsewhereAndNonOrigins(String url) {
        SalesforceConfigException e =
                assertThrows(SalesforceConfigException.class, () -> SecureUrls.requireSecureOrigin("loginUrl", url));
        assertEquals(true, e.getMessage().startsWith("loginUrl"));
    }

    // ---- requireSecureUrl: full URLs a browser or client loads (the CLI's call center definition) ----

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://acme.lightning.force.com/apex/ctibridgeAdapter",
                "https://abc123.execute-api.eu-west-1.amazonaws.com/prod",
                "https://api.example/pop?stage=prod",
                "http://127.0.0.1:8787",
                "http://localhost:3000/adapter.html"
            })
    void requireSecureUrl_acceptsHttpsAndLoopbackHttp_keepingPathAndQuery(String url) {
        assertEquals(URI.create(url), SecureUrls.requireSecureUrl(" " + url + " ", IllegalArgumentException::new));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://acme.example/adapter   | must use https
            http://127.evil.example/pop   | must use https
            /apex/adapter                 | must be an absolute https URL
            ftp://api.example             | must be an absolute https URL
            https://user:pw@api.example   | must not carry a user name or password
            http://user@localhost:3000    | must not carry a user name or password
            https://api.example/pop#top   | must not have a #fragment
            'not a url'                   | is not a valid URL
            '  '                          | is required
            """)
    void requireSecureUrl_refuses_withTheProblem(String url, String problemStart) {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> SecureUrls.requireSecureUrl(url, IllegalArgumentException::new));
        assertTrue(e.getMessage().startsWith(problemStart), e.getMessage());
    }

    @Test
    void requireSecureUrl_refusesNull_asRequired() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> SecureUrls.requireSecureUrl(null, IllegalArgumentException::new));
        assertEquals("is required", e.getMessage());
    }

    @Test
    void requireSecureUrl_throwsTheCallersException() {
        class SettingException extends RuntimeException {
            SettingException(String problem) {
                super("popApiUrl " + problem);
            }
        }

        SettingException e = assertThrows(
                SettingException.class, () -> SecureUrls.requireSecureUrl("http://api.example", SettingException::new));
        assertTrue(e.getMessage().startsWith("popApiUrl must use https"), e.getMessage());
    }

    // ---- the loopback rule, through both entry points ----

    @Test
    void rejects_plainHttp_whenHostOnlyStartsWith127() {
        assertRefused("http://127.example.com", PLAIN_HTTP);
    }

    @Test
    void rejects_plainHttp_whenHostOnlyStartsWithLocalhost() {
        assertRefused("http://localhost.evil.example", PLAIN_HTTP);
    }

    @Test
    void rejects_plainHttp_whenLoopbackIsOnlyTheUserInfo() {
        // The host is evil.example; "127.0.0.1" is a user name.
        assertRefused("http://127.0.0.1@evil.example", PLAIN_HTTP);
        assertRefused("http://localhost:80@evil.example", PLAIN_HTTP);
    }

    @Test
    void rejects_plainHttp_whenLoopbackAddressIsOnlyTheFirstLabels() {
        assertRefused("http://127.0.0.1.evil.example", PLAIN_HTTP);
    }

    @Test
    void rejects_plainHttp_toHexadecimalIpv4() {
        assertRefused("http://0x7f.0.0.1", NOT_ABSOLUTE); // java.net.URI finds no host in it
    }

    @Test
    void rejects_plainHttp_toIpv4AsOneDecimalNumber() {
        assertRefused("http://2130706433", PLAIN_HTTP);
    }

    @Test
    void rejects_plainHttp_toIpv4WithLeadingZeros() {
        // Octal to some parsers: 0127.0.0.1 is 87.0.0.1.
        assertRefused("http://0127.0.0.1", PLAIN_HTTP);
        assertRefused("http://127.0.0.01", PLAIN_HTTP);
    }

    @Test
    void rejects_plainHttp_toShortOrOutOfRangeIpv4() {
        assertRefused("http://127.1", NOT_ABSOLUTE);
        assertRefused("http://127.0.0.256", NOT_ABSOLUTE);
    }

    @Test
    void rejects_plainHttp_toIpv4MappedIpv6Loopback() {
        // Decided: refused. It reaches 127.0.0.1 only on a dual-stack socket, and it is a filter-bypass spelling.
        assertRefused("http://[::ffff:127.0.0.1]", PLAIN_HTTP);
        assertRefused("http://[::ffff:127.0.0.1]:8080", PLAIN_HTTP);
    }

    @Test
    void rejects_plainHttp_toOtherSpellingsOfIpv6Loopback() {
        assertRefused("http://[0:0:0:0:0:0:0:1]:9000", PLAIN_HTTP);
        assertRefused("http://[::1%25lo]:9000", PLAIN_HTTP);
    }

    @Test
    void rejects_plainHttp_toLocalhostWithTrailingDot() {
        // Decided: refused. The fully qualified "localhost." is the form a resolver may hand to DNS.
        assertRefused("http://localhost.:5000", PLAIN_HTTP);
    }

    @Test
    void rejects_plainHttp_toLoopbackIpv4WithTrailingDot() {
        // Decided: refused. "127.0.0.1." is a host name, not an address literal; java.net.URI finds no host in it.
        assertRefused("http://127.0.0.1.", NOT_ABSOLUTE);
        assertRefused("http://127.0.0.1.:8080", NOT_ABSOLUTE);
    }

    @Test
    void rejects_plainHttp_toLookAlikeOfLocalhost() {
        // U+017F (long s) upper-cases to S, so String.equalsIgnoreCase would call this "localhost".
        assertRefused("http://localho\u017Ft:5000", NOT_ABSOLUTE);
    }

    @Test
    void accepts_plainHttp_toLoopbackIpv4WithPort() {
        assertAccepted("http://127.0.0.1:8080", "http://127.0.0.1:8080");
    }

    @Test
    void accepts_plainHttp_toAnyAddressIn127Slash8() {
        assertAccepted("http://127.1.2.3", "http://127.1.2.3");
        assertAccepted("http://127.255.255.255:1", "http://127.255.255.255:1");
        assertAccepted("http://127.0.0.0", "http://127.0.0.0");
    }

    @Test
    void accepts_plainHttp_toIpv6LoopbackWithPort() {
        assertAccepted("http://[::1]:9000", "http://[::1]:9000");
    }

    @Test
    void accepts_plainHttp_toLocalhostWithPort() {
        assertAccepted("http://localhost:5000", "http://localhost:5000");
    }

    @Test
    void accepts_plainHttp_toLocalhostInAnyLetterCase() {
        assertAccepted("http://LOCALHOST:5000", "http://LOCALHOST:5000");
        assertAccepted("http://LocalHost:5000", "http://LocalHost:5000");
    }

    @Test
    void accepts_plainHttp_withTheSchemeInAnyLetterCase() {
        assertAccepted("HTTP://127.0.0.1", "http://127.0.0.1");
        assertAccepted("Http://localhost:5000", "http://localhost:5000");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://127.example.com",
                "https://localhost.evil.example",
                "https://127.0.0.1.evil.example",
                "https://[::ffff:127.0.0.1]",
                "https://localhost.:5000",
                "https://2130706433",
                "https://acme.my.salesforce.com:8443"
            })
    void accepts_https_toAnyHost(String url) {
        assertEquals(URI.create(url), SecureUrls.requireSecureOrigin("loginUrl", url));
        assertEquals(URI.create(url), SecureUrls.requireSecureUrl(url, IllegalArgumentException::new));
    }

    /** Refused by both entry points, each message starting with the subject (if any) and {@code problemStart}. */
    private static void assertRefused(String url, String problemStart) {
        SalesforceConfigException origin =
                assertThrows(SalesforceConfigException.class, () -> SecureUrls.requireSecureOrigin("loginUrl", url));
        assertTrue(origin.getMessage().startsWith("loginUrl " + problemStart), origin.getMessage());
        IllegalArgumentException full = assertThrows(
                IllegalArgumentException.class, () -> SecureUrls.requireSecureUrl(url, IllegalArgumentException::new));
        assertTrue(full.getMessage().startsWith(problemStart), full.getMessage());
    }

    /** Accepted by both entry points: as {@code origin} by the origin check, as written by the full-URL check. */
    private static void assertAccepted(String url, String origin) {
        assertEquals(URI.create(origin), SecureUrls.requireSecureOrigin("loginUrl", url));
        assertEquals(URI.create(url), SecureUrls.requireSecureUrl(url, IllegalArgumentException::new));
    }
}
