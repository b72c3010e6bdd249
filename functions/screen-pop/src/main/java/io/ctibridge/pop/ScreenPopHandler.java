package io.ctibridge.pop;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.pop.PopHttpResponse;
import io.ctibridge.core.pop.ScreenPopEndpoint;
import io.ctibridge.core.wiring.FunctionEnvironment;
import io.ctibridge.core.wiring.SnapStartPriming;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /v1/pops/{contactId}} behind the HTTP API (payload format 2.0). Thin on purpose: the token check, the
 * pop and its renderings live in {@link ScreenPopEndpoint} and the classes it uses.
 */
public final class ScreenPopHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** Kept back from Lambda's remaining time so the answer leaves before the function times out. */
    private static final Duration LAMBDA_MARGIN = Duration.ofMillis(200);
    /** Without a Lambda context (local server, tests) the profile's lookup deadline is the only bound. */
    private static final Duration NO_CONTEXT_BUDGET = Duration.ofSeconds(10);

    private final ScreenPopEndpoint endpoint;
    private final JsonLog log;

    /** Used by Lambda: real clients, built once per execution environment, primed for SnapStart. */
    public ScreenPopHandler() {
        this(SnapStartPriming.register(FunctionEnvironment.fromSystem())
                        .screenPop(FunctionEnvironment.searchExecutor()),
                JsonLog.stdout(ScreenPopHandler.class));
    }

    public ScreenPopHandler(ScreenPopEndpoint endpoint, JsonLog log) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        try {
            return HttpApiEvents.response(endpoint.handle(HttpApiEvents.request(event), timeBudget(context)));
        } catch (RuntimeException e) {
            // Not a Lambda error: API Gateway would answer a bare 500 without our no-store header.
            log.error("screen pop request could not be handled", Map.of(), e);
            return HttpApiEvents.response(PopHttpResponse.error(500, "internal_error",
                    "the pop could not be built; retry shortly", Map.of()));
        }
    }

    private static Duration timeBudget(Context context) {
        if (context == null) {
            return NO_CONTEXT_BUDGET;
        }
        Duration remaining = Duration.ofMillis(context.getRemainingTimeInMillis()).minus(LAMBDA_MARGIN);
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }
}
