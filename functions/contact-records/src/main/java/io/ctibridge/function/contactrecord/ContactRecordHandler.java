package io.ctibridge.function.contactrecord;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.ctibridge.core.aws.LambdaEventCodec;
import io.ctibridge.core.calllog.CallLogOutcome;
import io.ctibridge.core.calllog.CallLogger;
import io.ctibridge.core.calllog.record.ContactRecordParser;
import io.ctibridge.core.calllog.record.Delivery;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.priming.CallLogPriming;
import io.ctibridge.core.priming.SnapStartPriming;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.time.Deadline;
import io.ctibridge.core.time.LambdaBudget;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Amazon Connect contact records from the Kinesis stream: every record becomes one Task, or lands in the
 * dead-letter queue with the reason, or is reported in {@code batchItemFailures} to come again. Lambda resumes
 * the shard from the lowest failed sequence number; records after it are delivered again and skipped by the
 * ledger. Thin on purpose: the work is {@link CallLogger}'s.
 *
 * <p>A stream handler so that the event is read by a serializer primed before the SnapStart snapshot
 * ({@link LambdaEventCodec}); the JSON in and out is what a {@code RequestHandler} of the same types would see.
 */
public final class ContactRecordHandler implements RequestStreamHandler {

    private static final LambdaEventCodec<KinesisEvent, StreamsEventResponse> CODEC =
            LambdaEventCodec.of(KinesisEvent.class, StreamsEventResponse.class);
    /** A synthetic contact record in a Kinesis event in this jar, read and parsed before the snapshot. */
    private static final String PRIMING_EVENT = "priming-kinesis-event.json";

    /** Kept back from Lambda's remaining time for the ledger writes after Salesforce, the report and the logs. */
    static final Duration LAMBDA_MARGIN = Duration.ofSeconds(10);

    private final CallLogger callLogger;
    private final ContactRecordParser parser = new ContactRecordParser();
    private final JsonLog log;

    /** Used by Lambda: real clients, built once per execution environment, primed for SnapStart. */
    public ContactRecordHandler() {
        CompositionRoot root = CompositionRoot.lambda();
        this(SnapStartPriming.register(root, () -> primeHandler(root)));
    }

    /** The services {@code root} builds: the dead-letter queue on its SQS, default timings. */
    public ContactRecordHandler(CompositionRoot root) {
        this(root.callLogger(), root.log(ContactRecordHandler.class));
    }

    public ContactRecordHandler(CallLogger callLogger, JsonLog log) {
        this.callLogger = Objects.requireNonNull(callLogger, "callLogger");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Lambda's entry. An event that is not a Kinesis batch fails the invocation: Lambda retries it and then hands
     * the batch to the on-failure destination, so no record is dropped for it.
     */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        CODEC.write(handleEvent(CODEC.readOrFailInvocation(input), context), output);
    }

    /** The batch already read: which records must come again, never an exception. */
    public StreamsEventResponse handleEvent(KinesisEvent event, Context context) {
        Deadline deadline = LambdaBudget.deadline(context, LAMBDA_MARGIN);
        List<Delivery> deliveries = KinesisDeliveries.read(event, parser);
        List<CallLogOutcome> outcomes;
        try {
            outcomes = callLogger.log(deliveries, deadline);
        } catch (RuntimeException e) {
            // A bug must not drop records: report them all, Lambda delivers the batch again.
            log.error(
                    "call log failed unexpectedly; the whole batch comes back",
                    Map.of("records", deliveries.size()),
                    e);
            return failures(deliveries.stream().map(Delivery::itemId).toList());
        }
        List<CallLogOutcome> retries =
                outcomes.stream().filter(CallLogOutcome::needsRetry).toList();
        if (!retries.isEmpty()) {
            // Lambda redelivers at once: without a pause a Salesforce outage would burn the retries in seconds.
            retries.stream()
                    .map(CallLogOutcome::retryAfter)
                    .max(Comparator.naturalOrder())
                    .ifPresent(wait -> LambdaBudget.pause(wait, deadline));
        }
        return failures(retries.stream().map(CallLogOutcome::itemId).toList());
    }

    /**
     * The event's serializer, then this handler's whole path on the synthetic record in the jar: parser, ledger,
     * owner query, Task mapping and the Collections create, with every remote in memory ({@link CallLogPriming}).
     * A handler of its own around a call log of its own: nothing the priming touches is shared with this one.
     */
    static CallLogPriming.Summary primeHandler(CompositionRoot root) {
        KinesisEvent records = CODEC.prime(
                ContactRecordHandler.class, PRIMING_EVENT, failures(List.of("priming")), SnapStartPriming.ROUNDS);
        try (CallLogPriming priming = new CallLogPriming(root)) {
            for (int round = 0; round < SnapStartPriming.ROUNDS; round++) {
                new ContactRecordHandler(priming.callLogger(), priming.log(ContactRecordHandler.class))
                        .handleEvent(records, null);
            }
            return priming.summary();
        }
    }

    private static StreamsEventResponse failures(List<String> sequenceNumbers) {
        return new StreamsEventResponse(sequenceNumbers.stream()
                .map(StreamsEventResponse.BatchItemFailure::new)
                .toList());
    }
}
