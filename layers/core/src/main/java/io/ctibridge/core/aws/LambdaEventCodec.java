package io.ctibridge.core.aws;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a function's event and writes its answer the way the Java runtime does for a {@code RequestHandler<I, O>}:
 * the events library's types through the runtime's own serializers (its Jackson mix-ins for Connect's PascalCase,
 * EventBridge's {@code detail-type}, Kinesis's base64 data), anything else through its plain Jackson factory.
 *
 * <p>Why the handlers read the stream themselves: the runtime's serializer meets a handler's event type on the first
 * invocation, after a SnapStart restore, where priming cannot reach it (152–188 ms of a restored environment's first
 * call in our stand-in); these are built and warmed before the snapshot ({@link #prime}), so the first caller does
 * not pay for them (BENCHMARKS.md, "Stream handlers").
 */
public final class LambdaEventCodec<I, O> {

    /** The event is not JSON of the expected shape; the message says why, without the event's content. */
    public static final class UnreadableEventException extends Exception {
        UnreadableEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Class<I> eventType;
    private final PojoSerializer<I> events;
    private final PojoSerializer<O> answers;

    private LambdaEventCodec(Class<I> eventType, PojoSerializer<I> events, PojoSerializer<O> answers) {
        this.eventType = eventType;
        this.events = events;
        this.answers = answers;
    }

    /** The codec the runtime would use for a handler of {@code eventType} answering {@code answerType}. */
    public static <I, O> LambdaEventCodec<I, O> of(Class<I> eventType, Class<? super O> answerType) {
        @SuppressWarnings("unchecked") // the answer serializer only ever writes values of O
        PojoSerializer<O> answers = (PojoSerializer<O>) serializerFor(answerType);
        return new LambdaEventCodec<>(eventType, serializerFor(eventType), answers);
    }

    /** The same choice the runtime makes: the events library's serializers for its types, plain Jackson otherwise. */
    private static <T> PojoSerializer<T> serializerFor(Class<T> type) {
        return LambdaEventSerializers.isLambdaSupportedEvent(type.getName())
                ? LambdaEventSerializers.serializerFor(type, LambdaEventCodec.class.getClassLoader())
                : JacksonFactory.getInstance().getSerializer(type);
    }

    /** The event on {@code input}; JSON {@code null} is a null event, as the runtime passes it. */
    public I read(InputStream input) throws UnreadableEventException {
        try {
            return events.fromJson(input);
        } catch (RuntimeException e) {
            // Jackson's messages quote the offending token, which may be a caller's number: only the kind is kept.
            throw new UnreadableEventException(
                    "not a readable " + eventType.getSimpleName() + " ("
                            + rootCause(e).getClass().getSimpleName() + ")",
                    e);
        }
    }

    /**
     * The event, or an {@link IllegalArgumentException} that fails the invocation, as the runtime's own read would:
     * for sources that retry a failed invocation and then keep the event (Kinesis, EventBridge), so that an
     * unreadable event is kept rather than dropped.
     */
    public I readOrFailInvocation(InputStream input) {
        try {
            return read(input);
        } catch (UnreadableEventException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Writes {@code answer} as the runtime would have; a null answer is JSON {@code null}. */
    public void write(O answer, OutputStream output) throws IOException {
        if (answer == null) {
            output.write("null".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        try {
            answers.toJson(answer, output);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Reads the synthetic event {@code eventResource} (a classpath resource beside {@code owner}) and writes
     * {@code answer}, {@code rounds} times, so both serializers are built and their code compiled. Priming only:
     * nothing leaves the JVM.
     *
     * @return the event read, for the handler to prime what reads it next
     */
    public I prime(Class<?> owner, String eventResource, O answer, int rounds) {
        byte[] event = resource(owner, eventResource);
        I read = null;
        for (int round = 0; round < rounds; round++) {
            try {
                read = read(new ByteArrayInputStream(event));
                write(answer, new ByteArrayOutputStream());
            } catch (UnreadableEventException | IOException e) {
                throw new IllegalStateException("priming event " + eventResource + " is unreadable", e);
            }
        }
        return read;
    }

    private static byte[] resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("priming event " + name + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
