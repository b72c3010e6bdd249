package io.ctibridge.function.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ctibridge.core.operation.OperationStatus;
import io.ctibridge.core.priming.FlowOperationPriming;
import io.ctibridge.core.priming.SnapStartPriming;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.testkit.FunctionEnvironments;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The caller-lookup handler's own SnapStart priming (the shared workload primes the lookup and the pop), as the hook
 * runs it before the snapshot. One loopback server stands for every remote the function has (DynamoDB, Secrets
 * Manager, Salesforce) and records what reaches it.
 */
class CallerLookupHandlerPrimingTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final List<String> received = new CopyOnWriteArrayList<>();

    @Test
    void primeHandler_runsAFindOperationEveryRound_withoutARequestToAnyServer() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                received.add(request.getMethod() + " " + request.getUrl().encodedPath());
                return new MockResponse.Builder().code(500).build();
            }
        });

        FlowOperationPriming.Summary summary = CallerLookupHandler.primeHandler(environment());

        assertEquals(List.of(), received);
        assertEquals(SnapStartPriming.ROUNDS, summary.rounds());
        assertEquals(OperationStatus.FOUND, summary.lastStatus());
        assertEquals(SnapStartPriming.ROUNDS, summary.queries());
    }

    private CompositionRoot environment() {
        return new CompositionRoot(FunctionEnvironments.allAt(server.url("/").toString()), Clock.systemUTC());
    }
}
