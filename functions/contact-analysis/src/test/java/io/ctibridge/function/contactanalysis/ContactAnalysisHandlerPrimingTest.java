package io.ctibridge.function.contactanalysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ctibridge.core.priming.ContactAnalysisPriming;
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
 * The contact-analysis handler's SnapStart priming, as the hook runs it before the snapshot. One loopback server
 * stands for every remote the function has (S3, DynamoDB, Secrets Manager, SQS, Salesforce) and records what
 * reaches it.
 */
class ContactAnalysisHandlerPrimingTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final List<String> received = new CopyOnWriteArrayList<>();

    @Test
    void primeHandler_appliesTheSyntheticAnalysisInTheJarEveryRound_withoutARequestToAnyServer() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                received.add(request.getMethod() + " " + request.getUrl().encodedPath());
                return new MockResponse.Builder().code(500).build();
            }
        });

        ContactAnalysisPriming.Summary summary = ContactAnalysisHandler.primeHandler(environment());

        assertEquals(List.of(), received);
        // Every round took the success path: the jar's event names the jar's file, whose fields reach the Task.
        assertEquals(SnapStartPriming.ROUNDS, summary.filesRead());
        assertEquals(SnapStartPriming.ROUNDS, summary.tasksUpdated());
        assertEquals(List.of(), summary.deadLetters());
        // Per round: the contact state read, the profile read (each round's applier is built by a new root: an
        // empty cache), the GetObject, the ledger's record and its mark.
        assertEquals(5 * SnapStartPriming.ROUNDS, summary.awsCallsAnswered());
    }

    private CompositionRoot environment() {
        return new CompositionRoot(FunctionEnvironments.allAt(server.url("/").toString()), Clock.systemUTC());
    }
}
