package io.ctibridge.function.pop;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.ctibridge.core.aws.LambdaEventCodec;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.pop.PopHttpResponse;
import io.ctibridge.core.pop.ScreenPopEndpoint;
import io.ctibridge.core.priming.SnapStartPriming;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.time.LambdaBudget;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /v1/pops/{contactId}} behind the HTTP API (payload format 2.0). Thin on purpose: the token check, the
 * pop and its renderings live in {@link ScreenPopEndpoint} and the classes it uses.
 *
 * <p>A stream handler so that the event is read by a serializer primed before the SnapStart snapshot
 * ({@link LambdaEventCodec}); the JSON in and out is what a {@code RequestHandler} of the same types would see.
 */
public final class ScreenPopHandler implements RequestStreamHandler {

    private static final LambdaEventCodec<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> CODEC =
            LambdaEventCodec.of(APIGatewayV2HTTPEvent.class, APIGatewayV2HTTPResponse.class);
    /** A synthetic HTTP API event in this jar, read before the snapshot; no agent's token. */
    private static final String PRIMING_EVENT = "priming-http-api-event.json";

    /** Without a Lambda context (local server, tests) the profile's lookup deadline is the only bound. */
    private static final Duration NO_CONTEXT_BUDGET = Duration.ofSeconds(10);

    private final ScreenPopEndpoint endpoint;
    private final JsonLog log;

    /** Used by Lambda: real clients, built once per execution environment, primed for SnapStart. */
    public ScreenPopHandler() {
        this(SnapStartPriming.register(CompositionRoot.lambda(), ScreenPopHandler::primeCodec));
    }

    /** The handler of the services {@code root} builds (the local stack's, a benchmark's). */
    public ScreenPopHandler(CompositionRoot root) {
        this(root.screenPop(), root.log(ScreenPopHandler.class));
    }

    public ScreenPopHandler(ScreenPopEndpoint endpoint, JsonLog log) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Lambda's entry: an unreadable event gets a JSON 400 with no-store, like every other answer of the API. */
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        APIGatewayV2HTTPResponse answer;
        try {
            answer = handleEvent(CODEC.read(input), context);
        } catch (LambdaEventCodec.UnreadableEventException e) {
            log.error("unreadable HTTP API event", Map.of("problem", e.getMessage()), null);
            answer = HttpApiEvents.response(
                    PopHttpResponse.error(400, "bad_request", "the request could not be read", Map.of()));
        }
        CODEC.write(answer, output);
    }

    /** The answer to a request already read: always a response, never an exception. */
    public APIGatewayV2HTTPResponse handleEvent(APIGatewayV2HTTPEvent event, Context context) {
        try {
            return HttpApiEvents.response(endpoint.handle(HttpApiEvents.request(event), timeBudget(context)));
        } catch (RuntimeException e) {
            // Not a Lambda error: API Gateway would answer a bare 500 without our no-store header.
            log.error("screen pop request could not be handled", Map.of(), e);
            return HttpApiEvents.response(PopHttpResponse.error(
                    500, "internal_error", "the pop could not be built; retry shortly", Map.of()));
        }
    }

    static void primeCodec() {
        CODEC.prime(
                ScreenPopHandler.class,
                PRIMING_EVENT,
                HttpApiEvents.response(PopHttpResponse.error(503, "priming", "priming", Map.of())),
                SnapStartPriming.ROUNDS);
    }

    private static Duration timeBudget(Context context) {
        return LambdaBudget.usable(context, LambdaBudget.ANSWER_MARGIN, NO_CONTEXT_BUDGET);
    }
}
