package io.ctibridge.core.salesforce.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ctibridge.core.salesforce.SalesforceConfigException;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecureUrlsTest {

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
}
