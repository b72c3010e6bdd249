package io.ctibridge.function.contactrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.emulator.RecordedRequest;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The VoiceCall destination's request budget (BENCHMARKS.md, issue 15: at most 2 Telephony Integration API requests
 * per logged call, create and close; one token signed per token lifetime per execution environment), through the
 * handler against the emulator and moto. Prints the figures; asserts the counts, which the design fixes.
 */
class VoiceCallBudgetIT {

    private static final Predicate<RecordedRequest> TELEPHONY = r -> r.path().startsWith("/telephony/v1/");
    private static CallLogFixture fixture;

    @BeforeAll
    static void start() {
        fixture = CallLogFixture.start("voice-budget-it");
        fixture.stack.profiles().put(new ProfileParser().parse("""
                {"profile": "voice", "callLog": {"destination": "VoiceCall"}}"""), "test");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void telephonyRequestsPerLoggedCall_andTokenSigningsPerEnvironment_forBatchesOf1_50_200() {
        ContactRecordHandler handler = fixture.recordHandler();
        StringBuilder report = new StringBuilder("Telephony Integration API requests per logged call (VoiceCall)\n");
        int calls = 0;
        for (int size : new int[] {1, 50, 200}) {
            List<Ctr> batch = calls(size, "budget" + size);
            int telephony = telephonyRequests(handler, batch);
            int again = telephonyRequests(handler, batch);
            calls += size;
            report.append(String.format(
                    Locale.ROOT,
                    "  batch %3d: %d requests (%.3f per call); delivered again: %d%n",
                    size,
                    telephony,
                    (double) telephony / size,
                    again));
            assertEquals(2 * size, telephony, "a POST and a PATCH per call");
            assertEquals(0, again, "a redelivery sends nothing");
        }
        long signings = fixture.environment.telephony().tokens().signings();
        report.append(String.format(
                Locale.ROOT, "  token signings in this execution environment: %d for %d calls%n", signings, calls));
        assertEquals(1, signings, "one token for the environment, within its 3-minute lifetime");
        System.out.print(report);
    }

    private static int telephonyRequests(ContactRecordHandler handler, List<Ctr> calls) {
        calls.forEach(call -> fixture.lookedUp(call.contactId(), "voice"));
        KinesisEvent event = KinesisBatch.ofCtrs(calls);
        int before = fixture.requests(TELEPHONY);
        assertEquals(List.of(), handler.handleEvent(event, null).getBatchItemFailures());
        return fixture.requests(TELEPHONY) - before;
    }

    private static List<Ctr> calls(int size, String label) {
        return IntStream.range(0, size)
                .mapToObj(
                        i -> Ctr.answered("+1312556" + String.format("%04d", i)).attribute("batch", label))
                .toList();
    }
}
