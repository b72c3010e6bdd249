package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.function.contactevent.ContactEventHandler;
import io.ctibridge.function.contactrecord.ContactRecordHandler;
import io.ctibridge.function.lookup.CallerLookupHandler;
import io.ctibridge.function.pop.ScreenPopHandler;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One function's handler as a cold-start child drives it: built by its Lambda constructor or the naive way, and
 * its typed entry with the event and answer types, for the wirings that read the event outside the handler.
 *
 * @param asDeployed Lambda's no-arg constructor (it registers the SnapStart hooks)
 * @param naive      the same handler class built by the root on {@link NaiveWorld}
 */
record HandlerUnderTest<H extends RequestStreamHandler, I, O>(
        Supplier<H> asDeployed,
        Function<CompositionRoot, H> naive,
        Class<I> eventType,
        Class<O> answerType,
        TypedEntry<H, I, O> typedEntry) {

    /** The handler's public {@code handleEvent(event, context)}, with no Lambda context as the stream entry gets here. */
    @FunctionalInterface
    interface TypedEntry<H, I, O> {
        O handleEvent(H handler, I event);
    }

    HandlerUnderTest {
        Objects.requireNonNull(asDeployed, "asDeployed");
        Objects.requireNonNull(naive, "naive");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(answerType, "answerType");
        Objects.requireNonNull(typedEntry, "typedEntry");
    }

    static HandlerUnderTest<?, ?, ?> of(BenchFunction function) {
        return switch (function) {
            case CALLER_LOOKUP ->
                new HandlerUnderTest<>(
                        CallerLookupHandler::new,
                        CallerLookupHandler::new,
                        ConnectEvent.class,
                        flowAnswer(),
                        (handler, event) -> handler.handleEvent(event, null));
            case SCREEN_POP ->
                new HandlerUnderTest<>(
                        ScreenPopHandler::new,
                        ScreenPopHandler::new,
                        APIGatewayV2HTTPEvent.class,
                        APIGatewayV2HTTPResponse.class,
                        (handler, event) -> handler.handleEvent(event, null));
            case CONTACT_RECORD ->
                new HandlerUnderTest<>(
                        ContactRecordHandler::new,
                        ContactRecordHandler::new,
                        KinesisEvent.class,
                        StreamsEventResponse.class,
                        (handler, event) -> handler.handleEvent(event, null));
            case CONTACT_EVENT ->
                new HandlerUnderTest<>(
                        ContactEventHandler::new,
                        ContactEventHandler::new,
                        ScheduledEvent.class,
                        Void.class,
                        (handler, event) -> handler.handleEvent(event, null));
        };
    }

    @SuppressWarnings("unchecked") // the flow answer is a Map<String, String>; its class is Map's
    private static Class<Map<String, String>> flowAnswer() {
        return (Class<Map<String, String>>) (Class<?>) Map.class;
    }
}
