package io.ctibridge.bench;

/**
 * How a cold-start child builds its function's handler and hands it the event: the second argument of
 * {@link ColdStartChild}. JVM options are the variant's business ({@link ColdStartVariant}), not the wiring's.
 */
public enum ChildWiring {

    /** Lambda's no-arg constructor; the event's bytes through the stream entry, as the runtime invokes it. */
    AS_DEPLOYED(false, false, true),
    /**
     * The same handler classes built the naive way ({@link NaiveWorld}); the event read and the answer written by a
     * default Jackson mapper around the typed {@code handleEvent}. No priming.
     */
    NAIVE(true, false, false),
    /** As deployed, then the SnapStart hooks run as a snapshot and a restore would run them. */
    PRIMED(false, true, true),
    /**
     * Primed, but invoked as the runtime invoked a {@code RequestHandler} before the handlers read their own stream:
     * the event read and the answer written outside the handler, by the runtime's serializers built after the
     * restore ({@link ColdRuntimeSerde}). The "before" of the stream-handler change.
     */
    PRIMED_RUNTIME_READS(false, true, false);

    private final boolean naive;
    private final boolean primed;
    private final boolean streams;

    ChildWiring(boolean naive, boolean primed, boolean streams) {
        this.naive = naive;
        this.primed = primed;
        this.streams = streams;
    }

    boolean naive() {
        return naive;
    }

    boolean primed() {
        return primed;
    }

    /** Whether the handler's stream entry reads the event (else a serializer outside it does). */
    boolean streams() {
        return streams;
    }

    /** The serializer outside the handler of a wiring that does not stream. */
    EventSerde serde() {
        if (streams) {
            throw new IllegalStateException(this + " hands the event's bytes to the handler");
        }
        return naive ? new DefaultMapperSerde() : new ColdRuntimeSerde();
    }
}
