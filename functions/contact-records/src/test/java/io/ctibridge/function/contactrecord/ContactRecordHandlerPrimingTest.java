package io.ctibridge.function.contactrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ctibridge.core.priming.CallLogPriming;
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
 * The Kinesis handler's SnapStart priming, as the hook runs it before the snapshot. One loopback server stands for
 * every remote the function has (DynamoDB, Secrets Manager, SQS, Salesforce) and records what reaches it.
 */
class ContactRecordHandlerPrimingTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final List<String> received = new CopyOnWriteArrayList<>();

    @Test
    void primeHandler_logsTheSyntheticRecordInTheJarEveryRound_withoutARequestToAnyServer() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                received.add(request.getMethod() + " " + request.getUrl().encodedPath());
                return new MockResponse.Builder().code(500).build();
            }
        });

        CallLogPriming.Summary summary = ContactRecordHandler.primeHandler(environment());

        assertEquals(List.of(), received);
        // Every round took the success path: owner found, Task created, nothing dead-lettered.
        assertEquals(SnapStartPriming.ROUNDS, summary.tasksCreated());
        assertEquals(SnapStartPriming.ROUNDS, summary.ownerQueries());
        assertEquals(List.of(), summary.deadLetters());
        // Per round: the profile read (each round's call log is built by a new root, as a restored environment's
        // first call meets an empty cache), the contact state read, the ledger read, its claim and its DONE.
        assertEquals(5 * SnapStartPriming.ROUNDS, summary.awsCallsAnswered());
    }

    private CompositionRoot environment() {
        return new CompositionRoot(FunctionEnvironments.allAt(server.url("/").toString()), Clock.systemUTC());
    }
}
