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
    private final JsonLog log;

    /** Used by Lambda: real clients, built once per execution environment, primed for SnapStart. */
    public CallerLookupHandler() {
        this(SnapStartPriming.register(CompositionRoot.lambda(), CallerLookupHandler::primeCodec));
    }

    /** The handler of the services {@code root} builds (the local stack's, a benchmark's). */
    public CallerLookupHandler(CompositionRoot root) {
        this(root.callerLookup(), root.log(CallerLookupHandler.class));
    }

    public CallerLookupHandler(CallerLookup lookup, JsonLog log) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
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

    /** The lookup for an event already read: the flow's flat map, never an exception. */
    public Map<String, String> handleEvent(ConnectEvent event, Context context) {
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
