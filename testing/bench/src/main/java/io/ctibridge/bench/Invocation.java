package io.ctibridge.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A cold-start child's first invocation: event bytes in, answer bytes out, timed in parts.
 *
 * @param eventReadNanos   reading the event outside the handler; {@link #INSIDE_THE_CALL} when the handler read it
 * @param callNanos        the handler's entry: the stream entry (event read and answer write included) or the typed
 *                         {@code handleEvent}
 * @param answerWriteNanos writing the answer outside the handler; {@link #INSIDE_THE_CALL} when the handler wrote it
 * @param answer           the answer's JSON as the runtime would send it; empty when the invocation failed
 * @param failure          the exception's class and message when the invocation failed, else empty
 */
public record Invocation(long eventReadNanos, long callNanos, long answerWriteNanos, String answer, String failure) {

    public static final long INSIDE_THE_CALL = -1;

    /** As Lambda invokes a stream handler: the runtime hands it the bytes and sends what it wrote. */
    static Invocation throughStream(RequestStreamHandler handler, byte[] event) {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        long started = System.nanoTime();
        try {
            handler.handleRequest(new ByteArrayInputStream(event), answer, null);
        } catch (Exception | Error e) {
            return new Invocation(INSIDE_THE_CALL, System.nanoTime() - started, INSIDE_THE_CALL, "", describe(e));
        }
        long answered = System.nanoTime();
        return new Invocation(
                INSIDE_THE_CALL, answered - started, INSIDE_THE_CALL, answer.toString(StandardCharsets.UTF_8), "");
    }

    /** As the runtime invokes a {@code RequestHandler}: {@code serde} reads the event and writes the answer. */
    static <H extends RequestStreamHandler, I, O> Invocation typed(
            HandlerUnderTest<H, I, O> function, H handler, byte[] event, EventSerde serde) {
        long started = System.nanoTime();
        long read = 0;
        try {
            I typedEvent = serde.read(event, function.eventType());
            read = System.nanoTime();
            O answer = function.typedEntry().handleEvent(handler, typedEvent);
            long called = System.nanoTime();
            byte[] json = serde.write(answer, function.answerType());
            long written = System.nanoTime();
            return new Invocation(
                    read - started, called - read, written - called, new String(json, StandardCharsets.UTF_8), "");
        } catch (Exception | Error e) {
            // A failed invocation's time goes to the part it failed in (the answer write counted with the call).
            long failed = System.nanoTime();
            return read == 0
                    ? new Invocation(failed - started, 0, 0, "", describe(e))
                    : new Invocation(read - started, failed - read, 0, "", describe(e));
        }
    }

    /** Event in → answer out: everything the first caller of this environment waits for after init. */
    public long eventInToAnswerOutNanos() {
        return Math.max(eventReadNanos, 0) + callNanos + Math.max(answerWriteNanos, 0);
    }

    private static String describe(Throwable e) {
        return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
