package io.ctibridge.function.contactrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The call log's Salesforce budget (BENCHMARKS.md, "Budgets": at most one request per 50 calls logged in a busy stream) and its
 * throughput through the handler, against the emulator and moto on this machine. Prints the figures; asserts only
 * what batching guarantees: a warm batch of up to 200 new calls is one sObject Collections request.
 */
class CallLogBudgetIT {

    private static final List<String> AGENTS = List.of("ava.agent", "ben.okafor", "temp.agent");
    private static CallLogFixture fixture;

    @BeforeAll
    static void start() {
        fixture = CallLogFixture.start("call-budget-it");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void salesforceRequestsPerLoggedCall_forBatchesOf1_50_200() {
        ContactRecordHandler handler = fixture.recordHandler();
        StringBuilder report =
                new StringBuilder("Salesforce requests per logged call (API requests; token requests apart)\n");
        for (int size : new int[] {1, 50, 200}) {
            int cold = requestsFor(handler, size, "cold");
            int warm = requestsFor(handler, size, "warm");
            report.append(String.format(
                    Locale.ROOT,
                    "  batch %3d: first batch %d requests (%.3f per call, owner query"
                            + " included), next batches %d (%.3f per call)%n",
                    size,
                    cold,
                    (double) cold / size,
                    warm,
                    (double) warm / size));
            assertEquals(1, warm, "a warm batch is one Collections request");
            handler = fixture.recordHandler(); // the next size starts cold: a new execution environment
        }
        System.out.print(report);
    }

    @Test
    void recordsPerSecond_throughTheHandler() {
        ContactRecordHandler handler = fixture.recordHandler();
        requestsFor(handler, 200, "warm-up");
        int batches = 3;
        long started = System.nanoTime();
        for (int i = 0; i < batches; i++) {
            assertEquals(
                    List.of(), handler.handleEvent(batch(200, "rate" + i), null).getBatchItemFailures());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                Locale.ROOT,
                "Call log throughput: %d records in %d ms = %.0f records/s (batches of 200,"
                        + " emulator and moto on loopback, 2 cores)%n",
                batches * 200,
                elapsed.toMillis(),
                batches * 200 / (elapsed.toNanos() / 1e9));
    }

    @Test
    void callsWithoutLookupState_addOneCallerSearchPer66Calls() {
        ContactRecordHandler handler = fixture.recordHandler();
        requestsFor(handler, 200, "unlooked-warm-up", false);

        int warm = requestsFor(handler, 200, "unlooked", false);

        System.out.printf(
                Locale.ROOT,
                "  batch 200 without lookup state: %d requests (%.3f per call: the Collections create and the"
                        + " callers' searches)%n",
                warm,
                warm / 200.0);
        assertEquals(1 + 4, warm, "one Collections request and ceil(200 / 66) searches");
    }

    private static int requestsFor(ContactRecordHandler handler, int size, String label) {
        return requestsFor(handler, size, label, true);
    }

    /** @param lookedUp whether each call has its lookup state (nobody found), as calls through the flow do */
    private static int requestsFor(ContactRecordHandler handler, int size, String label, boolean lookedUp) {
        List<Ctr> calls = calls(size, label);
        if (lookedUp) {
            calls.forEach(call -> fixture.lookedUp(call.contactId(), "default"));
        }
        KinesisEvent batch = KinesisBatch.ofCtrs(calls);
        int before = fixture.requests(CallLogFixture.API_CALL);
        assertEquals(List.of(), handler.handleEvent(batch, null).getBatchItemFailures());
        return fixture.requests(CallLogFixture.API_CALL) - before;
    }

    private static KinesisEvent batch(int size, String label) {
        return KinesisBatch.ofCtrs(calls(size, label));
    }

    private static List<Ctr> calls(int size, String label) {
        return IntStream.range(0, size)
                .mapToObj(i -> Ctr.answered("+1312555" + String.format("%04d", i))
                        .agent(AGENTS.get(i % AGENTS.size()), Ctr.STARTED.plusSeconds(30))
                        .attribute("batch", label))
                .toList();
    }
}
