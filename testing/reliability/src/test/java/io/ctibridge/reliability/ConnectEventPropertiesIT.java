package io.ctibridge.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.function.lookup.CallerLookupHandler;
import io.ctibridge.local.LocalStack;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The Connect event reader and the whole lookup behind it on random event shapes, against the emulator: every
 * answer is the flow contract, and the emulator's request log shows nothing but digit terms reached Salesforce.
 */
class ConnectEventPropertiesIT {

    private static LocalStack stack;
    private static ExecutorService executor;
    private static CallerLookupHandler handler;

    @BeforeContainer
    static void start() {
        stack = LocalStack.startIsolated("reliability-events", EmulatorConfig.defaults());
        executor = Executors.newVirtualThreadPerTaskExecutor();
        CompositionRoot environment = new CompositionRoot(stack.functionEnvironment(), Clock.systemUTC());
        JsonLog quiet = new JsonLog("properties", new PrintStream(OutputStream.nullOutputStream()), Clock.systemUTC());
        handler = new CallerLookupHandler(environment.callerLookup(), quiet);
    }

    @AfterContainer
    static void stop() {
        executor.close();
        stack.close();
    }

    @Property
    void anyEvent_isAnsweredWithTheFlowContract_andOnlyDigitsReachSalesforce(@ForAll("events") ConnectEvent event) {
        stack.salesforce().requests().clear();
        Map<String, String> answer = handler.handleEvent(event, null);
        assertEquals(java.util.Optional.empty(), FlowContract.violation(answer));
        List<String> unsafe =
                SearchTermAudit.unsafe(stack.salesforce().requests().all());
        assertTrue(unsafe.isEmpty(), unsafe.toString());
    }

    @Provide
    Arbitrary<ConnectEvent> events() {
        return BadInputs.connectEvents();
    }
}
