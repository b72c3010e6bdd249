package io.ctibridge.core.salesforce.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.salesforce.SalesforceConnectionException;
import io.ctibridge.core.salesforce.SalesforceTimeoutException;
import io.ctibridge.core.time.Deadline;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class HttpCallsTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final OkHttpClient client =
            HttpSettings.defaults().withCallTimeout(Duration.ofMillis(400)).newClient();

    @Test
    void execute_readsStatusAndBody() {
        server.enqueue(
                new MockResponse.Builder().code(201).body("{\"ok\":true}").build());

        HttpResult result = HttpCalls.execute(client, get(), Deadline.none());

        assertEquals(new HttpResult(201, "{\"ok\":true}"), result);
    }

    @Test
    void execute_throwsTimeout_whenTheAnswerComesAfterTheClientCallTimeout() {
        server.enqueue(new MockResponse.Builder()
                .headersDelay(2, TimeUnit.SECONDS)
                .body("late")
                .build());

        long start = System.nanoTime();
        assertThrows(SalesforceTimeoutException.class, () -> HttpCalls.execute(client, get(), Deadline.none()));
        assertTrue(elapsedMillis(start) < 1500, "gave up after the 400 ms call timeout");
    }

    @Test
    void execute_throwsTimeoutWithinTheDeadline_whenTheDeadlineIsShorterThanTheClientTimeout() {
        server.enqueue(new MockResponse.Builder()
                .headersDelay(2, TimeUnit.SECONDS)
                .body("late")
                .build());

        long start = System.nanoTime();
        assertThrows(
                SalesforceTimeoutException.class,
                () -> HttpCalls.execute(client, get(), Deadline.after(Duration.ofMillis(150))));
        long elapsed = elapsedMillis(start);
        assertTrue(elapsed >= 140 && elapsed < 390, "gave up at the 150 ms deadline, took " + elapsed + " ms");
    }

    @Test
    void execute_sendsNothing_whenTheDeadlineHasAlreadyPassed() throws InterruptedException {
        Deadline passed = Deadline.after(Duration.ZERO);
        Thread.sleep(1);

        assertThrows(SalesforceTimeoutException.class, () -> HttpCalls.execute(client, get(), passed));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void execute_throwsConnectionException_whenNothingListens() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Request request = new Request.Builder()
                .url("http://127.0.0.1:" + closedPort + "/")
                .build();

        SalesforceConnectionException e = assertThrows(
                SalesforceConnectionException.class, () -> HttpCalls.execute(client, request, Deadline.none()));
        assertTrue(e.retryable());
    }

    private Request get() {
        return new Request.Builder()
                .url(server.url("/services/data/v68.0/query"))
                .build();
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
