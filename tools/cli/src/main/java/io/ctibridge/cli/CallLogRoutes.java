package io.ctibridge.cli;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.sun.net.httpserver.HttpExchange;
import io.ctibridge.cli.calllog.ContactRecordBatches;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The call logger's two triggers as routes: contact records as the Kinesis stream would deliver them, and contact
 * events as EventBridge would. What the handler answers (or throws) is what Lambda would report.
 */
final class CallLogRoutes {

    static final String CONTACT_RECORDS_ROUTE = "/connect/contact-records";
    static final String CONTACT_EVENTS_ROUTE = "/connect/contact-events";
    static final String CONTACT_ANALYSIS_ROUTE = "/connect/contact-analysis";

    private final LocalFunctions functions;

    CallLogRoutes(LocalFunctions functions) {
        this.functions = functions;
    }

    /** CTR JSON (one or an array) or a whole Kinesis event → the handler's {@code batchItemFailures}. */
    void contactRecords(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!LocalExchanges.requireMethod(exchange, "POST", "contact records or a Kinesis event")) {
                return;
            }
            Optional<byte[]> body = LocalExchanges.body(exchange);
            if (body.isEmpty()) {
                return;
            }
            ContactRecordBatches.Batch batch;
            try {
                batch = functions.batches().read(body.get());
            } catch (IllegalArgumentException e) {
                LocalExchanges.respond(exchange, 400, Map.of("error", e.getMessage()));
                return;
            }
            // What DescribeContact would know from now on (see PostedContactRecords).
            batch.contactRecords().forEach(functions.postedRecords()::remember);
            StreamsEventResponse response = functions.contactRecords().handleEvent(batch.event(), null);
            LocalExchanges.respond(
                    exchange,
                    200,
                    Map.of(
                            "batchItemFailures",
                            response.getBatchItemFailures().stream()
                                    .map(failure -> Map.of("itemIdentifier", failure.getItemIdentifier()))
                                    .toList()));
        }
    }

    /**
     * An EventBridge S3 "Object Created" event for an analysis file already in the instance bucket → the
     * contact-analysis handler's outcome, or Lambda's error document when the handler throws (a retry).
     */
    void contactAnalysis(HttpExchange exchange) throws IOException {
        eventBridgeRoute(
                exchange,
                "an EventBridge S3 Object Created event",
                event -> Optional.of(Map.of(
                        "outcome", String.valueOf(functions.contactAnalysis().handleEvent(event, null)))));
    }

    /** An EventBridge "Amazon Connect Contact Event" → 204, or Lambda's error document when the handler throws. */
    void contactEvents(HttpExchange exchange) throws IOException {
        eventBridgeRoute(exchange, "an EventBridge contact event", event -> {
            functions.contactEvents().handleEvent(event, null);
            return Optional.empty();
        });
    }

    /**
     * Reads the body as an EventBridge event (400 if it is not one) and hands it to {@code handler}: its answer is
     * sent as 200, no answer as 204, and a throw as Lambda's error document, since Lambda would fail the invocation
     * and retry it.
     */
    private static void eventBridgeRoute(
            HttpExchange exchange, String expected, Function<ScheduledEvent, Optional<Map<String, ?>>> handler)
            throws IOException {
        try (exchange) {
            if (!LocalExchanges.requireMethod(exchange, "POST", expected)) {
                return;
            }
            Optional<byte[]> body = LocalExchanges.body(exchange);
            if (body.isEmpty()) {
                return;
            }
            ScheduledEvent event;
            try {
                event = LambdaEvents.read(new ByteArrayInputStream(body.get()), ScheduledEvent.class);
            } catch (RuntimeException e) {
                LocalExchanges.respond(
                        exchange,
                        400,
                        Map.of(
                                "error",
                                "not an EventBridge event: " + e.getClass().getSimpleName()));
                return;
            }
            Optional<Map<String, ?>> answer;
            try {
                answer = handler.apply(event);
            } catch (RuntimeException e) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("errorType", e.getClass().getName());
                error.put("errorMessage", String.valueOf(e.getMessage()));
                LocalExchanges.respond(exchange, 500, error);
                return;
            }
            if (answer.isPresent()) {
                LocalExchanges.respond(exchange, 200, answer.get());
            } else {
                exchange.sendResponseHeaders(204, -1);
            }
        }
    }
}
