package io.ctibridge.core.salesforce.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.salesforce.DuplicateValueException;
import io.ctibridge.core.salesforce.InvalidFieldException;
import io.ctibridge.core.salesforce.InvalidSessionException;
import io.ctibridge.core.salesforce.MalformedQueryException;
import io.ctibridge.core.salesforce.RequestLimitExceededException;
import io.ctibridge.core.salesforce.SalesforceApiException;
import io.ctibridge.core.salesforce.SalesforceConnectionException;
import io.ctibridge.core.salesforce.SalesforceException;
import io.ctibridge.core.salesforce.SalesforceTimeoutException;
import io.ctibridge.core.salesforce.ServiceUnavailableException;
import io.ctibridge.core.salesforce.UnableToLockRowException;
import io.ctibridge.core.salesforce.http.HttpSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SalesforceApiErrorsTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final FakeOrg org = new FakeOrg();
    private SalesforceApi api;

    @BeforeEach
    void setUp() {
        server.setDispatcher(org);
        api = FakeOrg.connect(server);
    }

    static Stream<Arguments> errorAnswers() {
        return Stream.of(
                Arguments.of(403, "REQUEST_LIMIT_EXCEEDED", RequestLimitExceededException.class, false),
                Arguments.of(400, "MALFORMED_QUERY", MalformedQueryException.class, false),
                Arguments.of(400, "MALFORMED_SEARCH", MalformedQueryException.class, false),
                Arguments.of(400, "INVALID_SEARCH", MalformedQueryException.class, false),
                Arguments.of(400, "INVALID_FIELD", InvalidFieldException.class, false),
                Arguments.of(400, "INVALID_TYPE", InvalidFieldException.class, false),
                Arguments.of(400, "DUPLICATE_VALUE", DuplicateValueException.class, false),
                Arguments.of(400, "DUPLICATES_DETECTED", DuplicateValueException.class, false),
                Arguments.of(400, "UNABLE_TO_LOCK_ROW", UnableToLockRowException.class, true),
                Arguments.of(503, "SERVER_UNAVAILABLE", ServiceUnavailableException.class, true),
                Arguments.of(500, "UNKNOWN_EXCEPTION", ServiceUnavailableException.class, true),
                Arguments.of(502, "", ServiceUnavailableException.class, true),
                Arguments.of(400, "REQUIRED_FIELD_MISSING", SalesforceApiException.class, false),
                Arguments.of(404, "NOT_FOUND", SalesforceApiException.class, false),
                Arguments.of(400, "JSON_PARSER_ERROR", SalesforceApiException.class, false));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("errorAnswers")
    void errorAnswers_becomeTypedExceptions(
            int status, String errorCode, Class<? extends SalesforceApiException> type, boolean retryable) {
        org.answer(
                status,
                "[{\"message\":\"Salesforce says no\",\"errorCode\":\"" + errorCode + "\",\"fields\":[\"Phone\"]}]");

        SalesforceApiException e =
                assertThrows(SalesforceApiException.class, () -> api.query("SELECT Id FROM Contact"));

        assertSame(type, e.getClass());
        assertEquals(status, e.httpStatus());
        assertEquals(errorCode, e.errorCode());
        assertEquals(List.of("Phone"), e.fields());
        assertEquals("Salesforce says no", e.salesforceMessage());
        assertEquals(retryable, e.retryable());
    }

    @Test
    void errorMessage_leavesOutSalesforcesText_becauseItEchoesQueriesWithPhoneNumbers() {
        org.answer(
                400,
                "[{\"message\":\"\\nSELECT Id FROM Contact WHERE Phone = '+14155550123'\\n^\\nERROR at Row:1\",\"errorCode\":\"MALFORMED_QUERY\"}]");

        MalformedQueryException e = assertThrows(
                MalformedQueryException.class, () -> api.query("SELECT Id FROM Contact WHERE Phone = '+14155550123'"));

        assertFalse(e.getMessage().contains("4155550123"), e.getMessage());
        assertTrue(e.getMessage().contains("400 MALFORMED_QUERY"), e.getMessage());
    }

    @Test
    void anHtmlErrorPage_becomesServiceUnavailable_forA5xx() {
        org.answer(new MockResponse.Builder()
                .code(503)
                .setHeader("Content-Type", "text/html")
                .body("<html>Down for maintenance</html>")
                .build());

        ServiceUnavailableException e =
                assertThrows(ServiceUnavailableException.class, () -> api.query("SELECT Id FROM Contact"));

        assertEquals("", e.errorCode());
        assertEquals("<html>Down for maintenance</html>", e.salesforceMessage());
    }

    @Test
    void exceptions_formOneSealedHierarchy_thatASwitchCoversWithoutDefault() {
        org.answer(400, "[{\"message\":\"locked\",\"errorCode\":\"UNABLE_TO_LOCK_ROW\"}]");
        SalesforceException e =
                assertThrows(SalesforceException.class, () -> api.create("Task", Map.of("Subject", "x")));

        String kind = switch (e) {
            case SalesforceApiException api -> "api:" + api.errorCode();
            case io.ctibridge.core.salesforce.SalesforceAuthException auth -> "auth";
            case SalesforceTimeoutException timeout -> "timeout";
            case SalesforceConnectionException connection -> "connection";
            case io.ctibridge.core.salesforce.SalesforceConfigException config -> "config";
        };
        assertEquals("api:UNABLE_TO_LOCK_ROW", kind);
    }

    @Test
    void withTimeout_givesUpAtTheDeadline_whenTheAnswerComesLate() {
        org.answer(200, "{\"totalSize\":0,\"done\":true,\"records\":[]}");
        api.query("SELECT Id FROM Contact"); // the session is cached before the clock starts
        org.answer(new MockResponse.Builder()
                .headersDelay(3, TimeUnit.SECONDS)
                .body("{\"searchRecords\":[]}")
                .build());

        long start = System.nanoTime();
        SalesforceTimeoutException e = assertThrows(
                SalesforceTimeoutException.class,
                () -> api.withTimeout(Duration.ofMillis(300)).search("FIND {4155550123} IN PHONE FIELDS"));
        long elapsed = (System.nanoTime() - start) / 1_000_000;

        assertTrue(elapsed >= 290 && elapsed < 900, "answered at the 300 ms deadline, took " + elapsed + " ms");
        assertTrue(e.retryable());
    }

    @Test
    void withDeadline_alsoBoundsTheTokenRequestOnTheWay() {
        org.delayTokenAnswers(Duration.ofSeconds(3));

        long start = System.nanoTime();
        assertThrows(
                SalesforceTimeoutException.class,
                () -> api.withTimeout(Duration.ofMillis(300)).query("SELECT Id FROM Contact"));

        assertTrue((System.nanoTime() - start) / 1_000_000 < 900);
    }

    @Test
    void clientReadTimeout_appliesWithoutADeadline() {
        SalesforceApi impatient =
                FakeOrg.connect(server, HttpSettings.defaults().withReadTimeout(Duration.ofMillis(200)));
        org.answer(new MockResponse.Builder()
                .headersDelay(3, TimeUnit.SECONDS)
                .body("{}")
                .build());

        assertThrows(SalesforceTimeoutException.class, () -> impatient.query("SELECT Id FROM Contact"));
    }

    @Test
    void aDroppedConnection_onAWrite_isAConnectionException_andTheWriteIsNotResent() throws Exception {
        org.answer(200, "{\"totalSize\":0,\"done\":true,\"records\":[]}");
        api.query("SELECT Id FROM Contact");
        int before = server.getRequestCount();
        org.answer(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        org.answer(201, "{\"id\":\"00T000000000002AAA\",\"success\":true,\"errors\":[]}");

        SalesforceConnectionException e =
                assertThrows(SalesforceConnectionException.class, () -> api.create("Task", Map.of("Subject", "Call")));

        assertTrue(e.retryable());
        assertEquals(before + 1, server.getRequestCount(), "a write that may have been applied is not sent twice");
    }

    @Test
    void aDroppedConnection_onARead_isResentOnceByTheHttpClient() {
        org.answer(200, "{\"totalSize\":0,\"done\":true,\"records\":[]}");
        api.query("SELECT Id FROM Contact");
        int before = server.getRequestCount();
        org.answer(dropConnection());
        org.answer(200, "{\"totalSize\":0,\"done\":true,\"records\":[]}");

        assertEquals(List.of(), api.query("SELECT Id FROM Contact"));
        assertEquals(before + 2, server.getRequestCount());
    }

    @Test
    void connectionsDroppedAgainAndAgain_onARead_endInAConnectionException() {
        org.answer(200, "{\"totalSize\":0,\"done\":true,\"records\":[]}");
        api.query("SELECT Id FROM Contact");
        int before = server.getRequestCount();
        for (int i = 0; i < 10; i++) {
            org.answer(dropConnection());
        }

        assertThrows(SalesforceConnectionException.class, () -> api.query("SELECT Id FROM Contact"));
        int attempts = server.getRequestCount() - before;
        assertTrue(
                attempts >= 2 && attempts < 10, "a bounded number of resends, not one per queued failure: " + attempts);
    }

    private static MockResponse dropConnection() {
        return new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build();
    }

    @Test
    void aSuccessAnswerThatIsNotJson_isReportedAsAnApiError() {
        org.answer(new MockResponse.Builder()
                .code(200)
                .body("<html>login page</html>")
                .build());

        SalesforceApiException e =
                assertThrows(SalesforceApiException.class, () -> api.query("SELECT Id FROM Contact"));

        assertEquals("INVALID_RESPONSE", e.errorCode());
    }

    @Test
    void unauthorisedWithoutAnErrorCode_isStillAnInvalidSession() {
        InvalidSessionException e = assertInstanceOf(InvalidSessionException.class, ErrorBodies.toException(401, ""));
        assertEquals("", e.errorCode());
    }
}
