package io.ctibridge.reliability;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.emulator.RequestLog;
import io.ctibridge.function.lookup.CallerLookupHandler;
import io.ctibridge.local.LocalStack;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The property tests' generators and checks at campaign scale: {@code n} generated inputs per parser, every
 * failure counted (the first few described) instead of stopping at the first. The Connect events go through the
 * real lookup handler against the emulator, whose request log is audited for unescaped search terms.
 */
public final class BadInputCampaign {

    private static final int DESCRIBED_FAILURES = 5;
    /** The emulator keeps every request; audit and forget them this often so memory stays flat. */
    private static final int AUDIT_EVERY = 500;

    private final ParserChecks checks = new ParserChecks();

    public List<BadInputFigures> run(LocalStack stack, int perTarget) {
        List<BadInputFigures> figures = new ArrayList<>();
        checks.genuineTokenVerifies();
        figures.add(campaign("caller IDs (classify, mask)", BadInputs.callerIds(), 3 * perTarget, checks::callerId));
        figures.add(campaign(
                "contact records (CTR parser)", BadInputs.contactRecords(), 2 * perTarget, checks::contactRecord));
        figures.add(campaign("pop tokens, tampered", BadInputs.tokenMutations(), perTarget, checks::tamperedToken));
        figures.add(campaign(
                "pop tokens, arbitrary text",
                Arbitraries.strings().ofMaxLength(600),
                perTarget,
                checks::arbitraryToken));
        figures.add(campaign(
                "profile documents (parse, validate)",
                BadInputs.profileDocuments(),
                perTarget,
                checks::profileDocument));
        figures.add(connectEvents(stack, perTarget));
        return figures;
    }

    private BadInputFigures connectEvents(LocalStack stack, int n) {
        CompositionRoot environment = new CompositionRoot(stack.functionEnvironment(), Clock.systemUTC());
        RequestLog requests = stack.salesforce().requests();
        List<String> unsafe = new ArrayList<>();
        long[] searches = {0};
        // Thousands of lookups: their log lines are not this campaign's subject (the fault runs' are scanned).
        JsonLog quiet = new JsonLog("campaign", new PrintStream(OutputStream.nullOutputStream()), Clock.systemUTC());
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            CallerLookupHandler handler = new CallerLookupHandler(environment.callerLookup(), quiet);
            requests.clear();
            int[] sent = {0};
            BadInputFigures figures = campaign(
                    "Connect events (lookup handler + emulator)",
                    BadInputs.connectEvents(),
                    n,
                    (ConnectEvent event) -> {
                        FlowContract.violation(handler.handleEvent(event, null)).ifPresent(v -> {
                            throw new AssertionError(v);
                        });
                        if (++sent[0] % AUDIT_EVERY == 0) {
                            audit(requests, unsafe, searches);
                        }
                    });
            audit(requests, unsafe, searches);
            List<String> failures = new ArrayList<>(figures.failures());
            unsafe.stream().limit(DESCRIBED_FAILURES).forEach(failures::add);
            return new BadInputFigures(
                    figures.target() + ", " + searches[0] + " searches audited",
                    figures.inputs(),
                    figures.failed() + unsafe.size(),
                    failures,
                    figures.elapsedMillis());
        }
    }

    private static void audit(RequestLog requests, List<String> unsafe, long[] searches) {
        var all = requests.all();
        requests.clear();
        searches[0] += SearchTermAudit.searches(all);
        unsafe.addAll(SearchTermAudit.unsafe(all));
    }

    static <T> BadInputFigures campaign(String target, Arbitrary<T> inputs, int n, Consumer<T> check) {
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        int[] failed = {0};
        int[] count = {0};
        inputs.sampleStream().limit(n).forEach(input -> {
            count[0]++;
            try {
                check.accept(input);
            } catch (AssertionError | RuntimeException e) {
                failed[0]++;
                if (failures.size() < DESCRIBED_FAILURES) {
                    failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        });
        return new BadInputFigures(target, count[0], failed[0], failures, (System.nanoTime() - started) / 1_000_000);
    }
}
