package io.ctibridge.cli.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each refusal Salesforce's token endpoint gives, named with its cause and fix. */
class TokenRefusalTest {

    private static final URI LOGIN = URI.create("https://login.salesforce.com");

    @Test
    void classify_namesPreAuthorisation_whenTheUserHasNotApprovedTheConsumer() {
        TokenRefusal refusal = TokenRefusal.classify(
                "invalid_grant", "user hasn't approved this consumer", Optional.of(Duration.ZERO), LOGIN);

        assertTrue(refusal.cause().endsWith("the integration user is not pre-authorised for the app"), refusal::cause);
        assertTrue(refusal.fix().contains("Admin approved users are pre-authorized"), refusal::fix);
    }

    @Test
    void classify_namesTheCertificate_whenTheAssertionIsInvalidAndTheClocksAgree() {
        TokenRefusal refusal =
                TokenRefusal.classify("invalid_grant", "invalid assertion", Optional.of(Duration.ofSeconds(2)), LOGIN);

        assertTrue(refusal.cause().contains("signature does not verify against the app's certificate"), refusal::cause);
        assertTrue(refusal.fix().startsWith("Upload the certificate"), refusal::fix);
    }

    @Test
    void classify_namesTheClock_whenSalesforcesClockIsFarFromOurs() {
        TokenRefusal refusal =
                TokenRefusal.classify("invalid_grant", "invalid assertion", Optional.of(Duration.ofMinutes(-5)), LOGIN);

        assertTrue(refusal.cause().contains("Salesforce's clock is 300 s behind this machine's"), refusal::cause);
        assertTrue(refusal.fix().startsWith("Synchronise this machine's clock"), refusal::fix);
    }

    @Test
    void classify_namesTheClock_whenSalesforceSaysTheAssertionExpired_evenWithoutADateHeader() {
        TokenRefusal refusal =
                TokenRefusal.classify("invalid_grant", "invalid assertion: expired", Optional.empty(), LOGIN);

        assertTrue(refusal.cause().endsWith("Salesforce refused the assertion's expiry time"), refusal::cause);
        assertTrue(refusal.fix().startsWith("Synchronise this machine's clock"), refusal::fix);
    }

    @Test
    void classify_namesTheCertificate_whenTheClockCannotBeRead() {
        TokenRefusal refusal = TokenRefusal.classify("invalid_grant", "invalid assertion", Optional.empty(), LOGIN);

        assertTrue(refusal.fix().startsWith("Upload the certificate"), refusal::fix);
    }

    @Test
    void classify_namesTheLoginHosts_whenTheAudienceIsInvalid() {
        TokenRefusal refusal = TokenRefusal.classify(
                "invalid_grant", "audience is invalid", Optional.empty(), URI.create("https://test.salesforce.com"));

        assertTrue(
                refusal.cause().endsWith("the assertion's audience does not match test.salesforce.com"),
                refusal::cause);
        assertTrue(refusal.fix().contains("https://test.salesforce.com for sandboxes"), refusal::fix);
    }

    @Test
    void classify_namesTheConsumerKey_forInvalidClientId() {
        TokenRefusal refusal =
                TokenRefusal.classify("invalid_client_id", "client identifier invalid", Optional.empty(), LOGIN);

        assertEquals(
                "invalid_client_id: Salesforce knows no app with this consumer key at login.salesforce.com",
                refusal.cause());
        assertTrue(refusal.fix().contains("consumerKey"), refusal::fix);
    }

    @Test
    void classify_namesTheClientSecret_forInvalidClient() {
        TokenRefusal refusal =
                TokenRefusal.classify("invalid_client", "invalid client credentials", Optional.empty(), LOGIN);

        assertEquals("invalid_client: the client id or secret is wrong", refusal.cause());
        assertTrue(refusal.fix().contains("clientSecret"), refusal::fix);
    }

    @Test
    void classify_namesTheUser_whenSalesforceRefusesTheUserItself() {
        TokenRefusal refusal =
                TokenRefusal.classify("invalid_grant", "authentication failure", Optional.empty(), LOGIN);

        assertTrue(refusal.fix().contains("username exists in this org"), refusal::fix);
    }

    @Test
    void classify_quotesAnUnknownError_andPointsAtTheErrorCodes() {
        TokenRefusal refusal =
                TokenRefusal.classify("unsupported_grant_type", "grant type not supported", Optional.empty(), LOGIN);

        assertEquals("unsupported_grant_type (grant type not supported)", refusal.cause());
        assertTrue(refusal.fix().contains("'unsupported_grant_type'"), refusal::fix);
    }
}
