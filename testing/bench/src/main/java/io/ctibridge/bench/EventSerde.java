package io.ctibridge.bench;

import java.io.IOException;

/**
 * Reads an event and writes an answer outside the handler, as the Lambda runtime does for a
 * {@code RequestHandler<I, O>}. Implementations build their serializers on the first read, so that building them
 * is timed as part of the event read, where the runtime pays for it.
 */
interface EventSerde {

    <I> I read(byte[] event, Class<I> type) throws IOException;

    /** The answer's JSON; {@code null} (a {@code Void} handler) is JSON {@code null}, as the runtime writes it. */
    <O> byte[] write(O answer, Class<O> type) throws IOException;
}
