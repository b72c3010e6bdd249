package io.ctibridge.function.lookup;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import io.ctibridge.core.aws.LambdaEventCodec;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.lookup.CallerLookup;
import io.ctibridge.core.lookup.FlowResponse;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.operation.FlowOperations;
import io.ctibridge.core.operation.OperationAnswer;
import io.ctibridge.core.operation.OperationStatus;
import io.ctibridge.core.priming.FlowOperationPriming;
import io.ctibridge.core.priming.SnapStartPriming;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.time.LambdaBudget;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The contact flow's "Invoke AWS Lambda function" block: event in, flat string map out. Thin on purpose: reading
 * the event and the lookup itself live in plain classes.
 *
 * <p>A stream handler so that the event is read by a serializer primed before the SnapStart snapshot
 * ({@link LambdaEventCodec}); the JSON in and out is what a {@code RequestHandler<ConnectEvent, Map>} would see.
 */
public final class CallerLookupHandler implements RequestStreamHandler {

    private static final LambdaEventCodec<ConnectEvent, Map<String, String>> CODEC =
            LambdaEventCodec.of(ConnectEvent.class, Map.class);
    /** A synthetic contact-flow event in this jar, read before the snapshot; no caller's data. */
    private static final String PRIMING_EVENT = "priming-contact-flow-event.json";

    /** Connect gives up on a synchronous invocation after 8 s whatever the function's timeout. */
    private static final Duration CONNECT_LIMIT = Duration.ofSeconds(8);

    private final CallerLookup lookup;
    /** The profile's named operations, run instead of the lookup when the flow passes {@code operation}. */
    private final FlowOperations operations;

    private final JsonLog log;

    /** Used by Lambda: real clients, built once per execution environment, primed for SnapStart. */
    public CallerLookupHandler() {
        CompositionRoot root = CompositionRoot.lambda();
        this(SnapStartPriming.register(root, () -> primeHandler(root)));
    }

    /** The handler of the services {@code root} builds (the local stack's, a benchmark's). */
    public CallerLookupHandler(CompositionRoot root) {
        this(root.callerLookup(), root.flowOperations(), root.log(CallerLookupHandler.class));
    }

    /** The lookup alone: an operation event is answered UNAVAILABLE. */
    public CallerLookupHandler(CallerLookup lookup, JsonLog log) {
        this(lookup, null, log);
    }

    public CallerLookupHandler(CallerLookup lookup, FlowOperations operations, JsonLog log) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.operations = operations;
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Lambda's entry: an unreadable event is answered INVALID like a malformed one, never a failed block. */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Map<String, String> answer;
        try {
            answer = handleEvent(CODEC.read(input), context);
        } catch (LambdaEventCodec.UnreadableEventException e) {
            log.error("unreadable Amazon Connect event; answering INVALID", Map.of("problem", e.getMessage()), null);
            answer = answer(LookupStatus.INVALID, e.getMessage());
        }
        CODEC.write(answer, output);
    }

    /**
     * The lookup for an event already read, or the operation it names with the parameter {@code operation}: the
     * flow's flat map, never an exception.
     */
    public Map<String, String> handleEvent(ConnectEvent event, Context context) {
        Optional<String> operation = ConnectEventReader.operation(event);
        if (operation.isPresent()) {
            return handleOperation(event, operation.get(), context);
        }
        try {
            return lookup.lookup(ConnectEventReader.read(event, timeBudget(context)))
                    .flowAttributes();
        } catch (ConnectEventReader.MalformedEventException e) {
            log.error("malformed Amazon Connect event; answering INVALID", Map.of("problem", e.getMessage()), null);
            return answer(LookupStatus.INVALID, e.getMessage());
        } catch (RuntimeException e) {
            // A bug must not become a failed block in the flow: answer UNAVAILABLE so the call carries on.
            log.error("caller lookup failed unexpectedly; answering UNAVAILABLE", Map.of(), e);
            return answer(LookupStatus.UNAVAILABLE, "internal error");
        }
    }

    private Map<String, String> handleOperation(ConnectEvent event, String operation, Context context) {
        try {
            if (operations == null) {
                return operationAnswer(operation, OperationStatus.UNAVAILABLE);
            }
            return operations
                    .run(ConnectEventReader.readOperation(event, operation, timeBudget(context)))
                    .flowAttributes();
        } catch (ConnectEventReader.MalformedEventException e) {
            log.error(
                    "malformed Amazon Connect event; answering INVALID_INPUT", Map.of("problem", e.getMessage()), null);
            return operationAnswer(operation, OperationStatus.INVALID_INPUT);
        } catch (RuntimeException e) {
            log.error("flow operation failed unexpectedly; answering UNAVAILABLE", Map.of("operation", operation), e);
            return operationAnswer(operation, OperationStatus.UNAVAILABLE);
        }
    }

    private static Map<String, String> operationAnswer(String operation, OperationStatus status) {
        return new OperationAnswer(operation, status, "", "", 0, Map.of(), "", "").flowAttributes();
    }

    /**
     * The event's serializer, then the operations path (the shared workload primes the lookup and the pop): a find
     * through {@link FlowOperations} with every remote in memory ({@link FlowOperationPriming}).
     */
    static FlowOperationPriming.Summary primeHandler(CompositionRoot root) {
        primeCodec();
        return FlowOperationPriming.run(root, SnapStartPriming.ROUNDS);
    }

    static void primeCodec() {
        CODEC.prime(
                CallerLookupHandler.class,
                PRIMING_EVENT,
                answer(LookupStatus.NONE, "priming"),
                SnapStartPriming.ROUNDS);
    }

    private static Map<String, String> answer(LookupStatus status, String detail) {
        return FlowResponse.of(
                new LookupResult("", Profile.DEFAULT_NAME, status, "", List.of(), detail, Instant.now()), "");
    }

    private static Duration timeBudget(Context context) {
        return LambdaBudget.usable(context, LambdaBudget.ANSWER_MARGIN, CONNECT_LIMIT);
    }
}
