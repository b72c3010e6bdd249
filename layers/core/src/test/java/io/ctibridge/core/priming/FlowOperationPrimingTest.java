package io.ctibridge.core.priming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ctibridge.core.operation.OperationStatus;
import io.ctibridge.core.salesforce.http.HttpSettings;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The flow operation path wired to memory: each round finds the Account, and nothing leaves the JVM. */
class FlowOperationPrimingTest {

    @Test
    void run_findsTheAccountEveryRound_answeringSalesforceAndDynamoDbFromMemory() {
        OkHttpClient http = HttpSettings.defaults().newClient();

        FlowOperationPriming.Summary summary = FlowOperationPriming.run(http, Clock.systemUTC(), 3);

        assertEquals(3, summary.rounds());
        assertEquals(OperationStatus.FOUND, summary.lastStatus());
        assertEquals(3, summary.queries());
        // One token (one root, one session), then one query per round: nothing else reached Salesforce.
        assertEquals(1 + 3, summary.salesforceCallsAnswered());
        assertEquals(0, http.connectionPool().connectionCount());
    }

    @Test
    void run_refusesZeroRounds() {
        assertThrows(
                IllegalArgumentException.class,
                () -> FlowOperationPriming.run(HttpSettings.defaults().newClient(), Clock.systemUTC(), 0));
    }
}
