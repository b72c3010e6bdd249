package io.ctibridge.core.salesforce.api;

import static io.ctibridge.core.salesforce.api.FakeOrg.takeApiRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ctibridge.core.salesforce.InvalidSessionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesforceApiSessionTest {

    private static final String EMPTY_PAGE = "{\"totalSize\":0,\"done\":true,\"records\":[]}";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final FakeOrg org = new FakeOrg();
    private SalesforceApi api;

    @BeforeEach
    void setUp() {
        server.setDispatcher(org);
        api = FakeOrg.connect(server);
    }

    @Test
    void calls_shareOneTokenRequest_forAsLongAsTheTokenIsAccepted() {
        for (int i = 0; i < 25; i++) {
            org.answer(200, EMPTY_PAGE);
            api.query("SELECT Id FROM Contact");
        }

        assertEquals(1, org.tokenRequests.get());
        assertEquals(26, server.getRequestCount());
    }

    @Test
    void views_shareTheSessionOfTheirApi() {
        org.answer(200, EMPTY_PAGE).answer(200, EMPTY_PAGE);

        api.withTimeout(Duration.ofSeconds(5)).query("SELECT Id FROM Contact");
        api.withQueryBatchSize(500).query("SELECT Id FROM Contact");

        assertEquals(1, org.tokenRequests.get());
    }

    @Test
    void expiredSession_causesOneRefreshAndOneResend_thenSucceeds() throws Exception {
        org.answer(200, EMPTY_PAGE);
        api.query("SELECT Id FROM Contact");
        takeApiRequest(server);
        org.expireSession();
        org.answer(201, "{\"id\":\"00T000000000001AAA\",\"success\":true,\"errors\":[]}");

        String id = api.create("Task", Map.of("Subject", "Call"));

        assertEquals("00T000000000001AAA", id);
        assertEquals(2, org.tokenRequests.get());
        RecordedRequest rejected = takeApiRequest(server);
        assertEquals("Bearer token-1", rejected.getHeaders().get("Authorization"));
        RecordedRequest resent = takeApiRequest(server);
        assertEquals("Bearer token-2", resent.getHeaders().get("Authorization"));
        assertEquals(rejected.getBody(), resent.getBody());
        assertEquals(5, server.getRequestCount(), "token, query, rejected create, token, resent create");
    }

    @Test
    void secondRejection_surfacesAsInvalidSession_afterExactlyOneRefresh() {
        org.rejectEveryToken();

        InvalidSessionException e =
                assertThrows(InvalidSessionException.class, () -> api.query("SELECT Id FROM Contact"));

        assertEquals(401, e.httpStatus());
        assertEquals("INVALID_SESSION_ID", e.errorCode());
        assertFalse(e.retryable());
        assertEquals(2, org.tokenRequests.get());
        assertEquals(4, server.getRequestCount(), "token, call, token, call: no third attempt");
    }

    @Test
    void concurrentCallsRejectedWithTheSameToken_causeASingleRefresh() throws Exception {
        org.answer(200, EMPTY_PAGE);
        api.query("SELECT Id FROM Contact");
        org.expireSession();
        org.delayTokenAnswers(Duration.ofMillis(100));
        int threads = 12;
        for (int i = 0; i < threads; i++) {
            org.answer(200, EMPTY_PAGE);
        }

        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<SObject>>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return api.query("SELECT Id FROM Contact");
                }));
            }
            go.countDown();
            for (Future<List<SObject>> result : results) {
                assertEquals(List.of(), result.get());
            }
        }

        assertEquals(2, org.tokenRequests.get(), "the first token and one refresh");
    }
}
