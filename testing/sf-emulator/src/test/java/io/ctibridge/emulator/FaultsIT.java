package io.ctibridge.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FaultsIT extends EmulatorTestBase {

    private int queryStatus() {
        return client.query("SELECT Id FROM Lead").status();
    }

    @Test
    void latency_delaysEveryResponse() {
        sf.faults().latency(Duration.ofMillis(300));

        long start = System.nanoTime();
        client.query("SELECT Id FROM Lead");
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertTrue(elapsedMs >= 300, "took " + elapsedMs + " ms");
    }

    @Test
    void failNext_failsExactlyTheNextNApiCalls_withSalesforceErrorBody() {
        sf.faults().failNext(2, 503, "SERVER_UNAVAILABLE", "Service unavailable");

        var first = client.query("SELECT Id FROM Lead");
        int second = queryStatus();
        int third = queryStatus();

        assertEquals(503, first.status());
        assertEquals("SERVER_UNAVAILABLE", first.errorCode());
        assertEquals("Service unavailable", first.message());
        assertEquals(503, second);
        assertEquals(200, third);
    }

    @Test
    void failNext_doesNotFailTokenRequests() {
        sf.faults().failNext(1, 503, "SERVER_UNAVAILABLE", "down");

        new TestClient(sf.baseUrl()).login();

        assertEquals(503, queryStatus());
    }

    @Test
    void failEvery_failsEveryNthCall_deterministically() {
        sf.faults().failEvery(3, 500, "UNKNOWN_EXCEPTION", "boom");

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(queryStatus());
        }

        assertEquals(List.of(200, 200, 500, 200, 200, 500), statuses);
    }

    @Test
    void failRecordsMatching_failsOnlyMatchingRecords_inCollections() {
        sf.faults()
                .failRecordsMatching(
                        r -> "lock-me".equals(r.get("CallObject")),
                        "UNABLE_TO_LOCK_ROW",
                        "unable to obtain exclusive access to this record");

        var answer = client.post(TestClient.V + "/composite/sobjects", """
                {"allOrNone": false, "records": [
                  {"attributes": {"type": "Task"}, "Status": "Completed", "Priority": "Normal", "CallObject": "fine"},
                  {"attributes": {"type": "Task"}, "Status": "Completed", "Priority": "Normal", "CallObject": "lock-me"}
                ]}
                """);

        assertTrue(answer.body().get(0).get("success").asBoolean());
        assertFalse(answer.body().get(1).get("success").asBoolean());
        assertEquals(
                "UNABLE_TO_LOCK_ROW",
                answer.body().get(1).get("errors").get(0).get("statusCode").asText());
    }

    @Test
    void failRecordsMatching_failsSingleCreate_withErrorBody() {
        sf.faults()
                .failRecordsMatching(
                        r -> Map.of("type", "Task").equals(r.get("attributes")),
                        "FIELD_CUSTOM_VALIDATION_EXCEPTION",
                        "Calls need a subject");

        var answer =
                client.post(TestClient.V + "/sobjects/Task/", "{\"Status\": \"Completed\", \"Priority\": \"Normal\"}");

        assertEquals(400, answer.status());
        assertEquals("FIELD_CUSTOM_VALIDATION_EXCEPTION", answer.errorCode());
    }

    @Test
    void expireAllSessions_makesOldTokensFail_andNewTokensWork() {
        String old = client.token();

        sf.faults().expireAllSessions();

        var expired = new TestClient(sf.baseUrl()).withToken(old).query("SELECT Id FROM Lead");
        assertEquals(401, expired.status());
        assertEquals("INVALID_SESSION_ID", expired.errorCode());
        assertEquals(200, client.login().query("SELECT Id FROM Lead").status());
    }

    @Test
    void limitExceeded_answers403UntilTurnedOff() {
        sf.faults().limitExceeded(true);
        var limited = client.query("SELECT Id FROM Lead");
        sf.faults().limitExceeded(false);

        assertEquals(403, limited.status());
        assertEquals("REQUEST_LIMIT_EXCEEDED", limited.errorCode());
        assertEquals(200, queryStatus());
    }

    @Test
    void everyApiAnswer_reportsTheOrgsUsage_countingEachCall() {
        var first = client.query("SELECT Id FROM Lead");
        var second = client.query("SELECT Id FROM Lead");

        assertEquals(
                "api-usage=1/" + EmulatorConfig.DEFAULT_API_DAILY_LIMIT,
                first.raw().headers().firstValue("Sforce-Limit-Info").orElse(""));
        assertEquals(
                "api-usage=2/" + EmulatorConfig.DEFAULT_API_DAILY_LIMIT,
                second.raw().headers().firstValue("Sforce-Limit-Info").orElse(""));
    }

    @Test
    void errorAnswers_reportTheUsageToo() {
        sf.faults().failNext(1, 503, "SERVER_UNAVAILABLE", "down");

        var failed = client.query("SELECT Id FROM Lead");

        assertEquals(503, failed.status());
        assertEquals(
                "api-usage=1/" + EmulatorConfig.DEFAULT_API_DAILY_LIMIT,
                failed.raw().headers().firstValue("Sforce-Limit-Info").orElse(""));
    }

    @Test
    void theDailyLimit_isConfigurable_andTheUsedCountCanBeSet() {
        try (SalesforceEmulator small =
                SalesforceEmulator.start(EmulatorConfig.defaults().withApiDailyLimit(15_000))) {
            small.faults().apiUsed(14_000);

            var answer = new TestClient(small.baseUrl()).login().query("SELECT Id FROM Lead");

            assertEquals(200, answer.status());
            assertEquals(
                    "api-usage=14001/15000",
                    answer.raw().headers().firstValue("Sforce-Limit-Info").orElse(""));
            assertEquals(14_001, small.faults().apiUsed());
        }
    }

    @Test
    void atTheDailyLimit_apiCallsAnswer403RequestLimitExceeded_andAreNotCounted() {
        try (SalesforceEmulator small =
                SalesforceEmulator.start(EmulatorConfig.defaults().withApiDailyLimit(100))) {
            TestClient org = new TestClient(small.baseUrl()).login();
            small.faults().apiUsed(99);

            var last = org.query("SELECT Id FROM Lead");
            var refused = org.query("SELECT Id FROM Lead");

            assertEquals(200, last.status());
            assertEquals(403, refused.status());
            assertEquals("REQUEST_LIMIT_EXCEEDED", refused.errorCode());
            assertEquals("TotalRequests Limit exceeded.", refused.message());
            assertEquals(
                    "api-usage=100/100",
                    refused.raw().headers().firstValue("Sforce-Limit-Info").orElse(""));
            small.faults().reset();
            assertEquals(403, org.query("SELECT Id FROM Lead").status(), "reset turns faults off, not the org's usage");
            small.faults().apiUsed(0);
            assertEquals(200, org.query("SELECT Id FROM Lead").status());
        }
    }

    @Test
    void aNegativeUsedCount_orDailyLimit_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> sf.faults().apiUsed(-1));
        assertThrows(
                IllegalArgumentException.class, () -> EmulatorConfig.defaults().withApiDailyLimit(0));
    }

    // java.net.http.HttpClient (like OkHttp) silently retries an idempotent request once when the connection
    // closes without an answer, so one drop is absorbed and two are needed to surface an IOException.

    @Test
    void dropConnections_closesTheConnectionWithoutAnswer_forTheNextNCalls() throws Exception {
        sf.requests().clear();
        sf.faults().dropConnections(2);

        assertThrows(IOException.class, () -> client.sendRaw(TestClient.V + "/query?q=SELECT+Id+FROM+Lead"));
        assertEquals(2, sf.requests().count(RecordedRequest::isApiCall));
        assertEquals(
                200,
                client.sendRaw(TestClient.V + "/query?q=SELECT+Id+FROM+Lead").statusCode());
    }

    @Test
    void dropConnections_one_isAbsorbedByTheClientsSilentRetry_butLogged() throws Exception {
        sf.requests().clear();
        sf.faults().dropConnections(1);

        assertEquals(
                200,
                client.sendRaw(TestClient.V + "/query?q=SELECT+Id+FROM+Lead").statusCode());
        assertEquals(2, sf.requests().count(RecordedRequest::isApiCall));
    }

    @Test
    void reset_turnsEveryFaultOff() {
        sf.faults().failNext(5, 503, "SERVER_UNAVAILABLE", "down");
        sf.faults().limitExceeded(true);
        sf.faults().latency(Duration.ofSeconds(5));

        sf.faults().reset();

        assertEquals(200, queryStatus());
    }

    @Test
    void faults_areSafeUnderConcurrentCalls() throws Exception {
        sf.faults().failNext(10, 503, "SERVER_UNAVAILABLE", "down");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(this::queryStatus);
        }

        int failures = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> status : pool.invokeAll(calls)) {
                failures += status.get() == 503 ? 1 : 0;
            }
        }

        assertEquals(10, failures);
    }

    @Test
    void requestLog_recordsTokenAndApiCalls_withDecodedQuery() {
        sf.requests().clear();
        new TestClient(sf.baseUrl()).login().query("SELECT Id FROM Contact WHERE Name = 'O\\'Brien'");

        List<RecordedRequest> all = sf.requests().all();
        assertEquals(2, sf.requests().count());
        assertTrue(all.get(0).isTokenRequest());
        assertTrue(all.get(0).body().contains("grant_type=client_credentials"));
        assertEquals("GET", all.get(1).method());
        assertEquals("/services/data/v66.0/query", all.get(1).path());
        assertEquals(
                "SELECT Id FROM Contact WHERE Name = 'O\\'Brien'",
                all.get(1).queryParam("q").orElseThrow());
        assertTrue(all.get(1).header("authorization").orElseThrow().startsWith("Bearer "));
        assertEquals(1, sf.requests().count(RecordedRequest::isApiCall));
    }

    @Test
    void requestLog_recordsFailedAndDroppedCallsToo() {
        sf.requests().clear();
        sf.faults().failNext(1, 503, "SERVER_UNAVAILABLE", "down");
        queryStatus();
        sf.faults().dropConnections(2);
        assertThrows(IOException.class, () -> client.sendRaw(TestClient.V + "/query?q=SELECT+Id+FROM+Lead"));

        assertEquals(3, sf.requests().count(RecordedRequest::isApiCall));
    }
}
