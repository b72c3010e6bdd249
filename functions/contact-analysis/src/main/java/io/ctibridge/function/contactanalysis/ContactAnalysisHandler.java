package io.ctibridge.function.contactanalysis;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import io.ctibridge.core.aws.LambdaEventCodec;
import io.ctibridge.core.calllog.analysis.AnalysisOutcome;
import io.ctibridge.core.calllog.analysis.ContactAnalysisApplier;
import io.ctibridge.core.priming.ContactAnalysisPriming;
import io.ctibridge.core.priming.SnapStartPriming;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.time.LambdaBudget;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;

/**
 * S3 {@code Object Created} events from EventBridge for Contact Lens post-call analysis files in the instance's
 * bucket: each file lands on its call's activity once, whether it comes before or after the contact record.
 *
 * <p>Input: the events library's {@link ScheduledEvent} (its model of every EventBridge event), read by the
 * runtime's serializer through {@link LambdaEventCodec}. A failure to settle the analysis now (the ledger or
 * Salesforce unavailable, the Task being written) fails the invocation for Lambda's asynchronous retries; what
 * cannot be used ever (a key or file that is not an analysis, a refused write) goes to the dead-letter queue and the
 * invocation succeeds.
 */
public final class ContactAnalysisHandler implements RequestStreamHandler {

    private static final LambdaEventCodec<ScheduledEvent, Void> CODEC =
            LambdaEventCodec.of(ScheduledEvent.class, Void.class);

    /** A synthetic S3 Object Created event in this jar, read before the snapshot; no caller's data. */
    private static final String PRIMING_EVENT = "priming-object-created-event.json";
    /** The post-call analysis file the priming event names, answered by the in-memory S3. */
    private static final String PRIMING_ANALYSIS = "priming-analysis.json";

    /** Kept back from Lambda's remaining time for the ledger write after Salesforce and the logs. */
    static final Duration LAMBDA_MARGIN = Duration.ofSeconds(3);

    private final ContactAnalysisApplier applier;

    /** Used by Lambda: real clients, built once per execution environment, primed for SnapStart. */
    public ContactAnalysisHandler() {
        CompositionRoot root = CompositionRoot.lambda();
        this(SnapStartPriming.register(root, () -> primeHandler(root)));
    }

    /** The services {@code root} builds (the local stack's, the CLI's invoke). */
    public ContactAnalysisHandler(CompositionRoot root) {
        this(root.contactAnalysis());
    }

    public ContactAnalysisHandler(ContactAnalysisApplier applier) {
        this.applier = Objects.requireNonNull(applier, "applier");
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        handleEvent(CODEC.readOrFailInvocation(input), context);
        CODEC.write(null, output);
    }

    /**
     * The event already read.
     *
     * @throws io.ctibridge.core.calllog.analysis.AnalysisRetryException for Lambda to deliver it again
     */
    public AnalysisOutcome handleEvent(ScheduledEvent event, Context context) {
        return applier.apply(S3ObjectEvents.delivery(event), LambdaBudget.deadline(context, LAMBDA_MARGIN));
    }

    /**
     * The event's serializer, then this handler's whole path on the synthetic event in the jar: the key, the
     * profile, the file's GetObject and parse, the ledger and the Task's update, with every remote in memory
     * ({@link ContactAnalysisPriming}). A handler of its own around an applier of its own: nothing the priming
     * touches is shared with this one.
     */
    static ContactAnalysisPriming.Summary primeHandler(CompositionRoot root) {
        ScheduledEvent event = CODEC.prime(ContactAnalysisHandler.class, PRIMING_EVENT, null, SnapStartPriming.ROUNDS);
        try (ContactAnalysisPriming priming = new ContactAnalysisPriming(root, resource(PRIMING_ANALYSIS))) {
            for (int round = 0; round < SnapStartPriming.ROUNDS; round++) {
                new ContactAnalysisHandler(priming.applier()).handleEvent(event, null);
            }
            return priming.summary();
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ContactAnalysisHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("priming file " + name + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
