package io.ctibridge.core.root;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Builds a value on first use and keeps it, but only once building succeeded: a failed build (Secrets Manager
 * unreachable during a cold start) is retried on the next call instead of breaking the execution environment.
 */
final class Memoized<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private volatile T value;

    Memoized(Supplier<T> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = Objects.requireNonNull(factory.get(), "factory returned null");
                    value = current;
                }
            }
        }
        return current;
    }

    /** Runs {@code action} on the value if it has been built; builds nothing. */
    void ifPresent(Consumer<? super T> action) {
        T current = value;
        if (current != null) {
            action.accept(current);
        }
    }
}
