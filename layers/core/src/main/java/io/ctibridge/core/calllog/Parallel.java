package io.ctibridge.core.calllog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Runs one blocking call per item at once, a bounded number at a time: a batch's DynamoDB reads and writes are
 * independent, and waiting for 200 of them in a row would spend the batch's time budget on latency.
 */
final class Parallel {

    /** The value of one item's call, or why it failed. */
    record Attempt<R>(R value, RuntimeException failure) {
        boolean succeeded() {
            return failure == null;
        }
    }

    private final ExecutorService executor;
    private final int limit;

    Parallel(ExecutorService executor, int limit) {
        this.executor = executor;
        this.limit = limit;
    }

    /** {@code work} applied to every item, results in item order; a failure is kept, never thrown. */
    <T, R> List<Attempt<R>> map(List<T> items, Function<T, R> work) {
        if (items.size() == 1) {
            return List.of(attempt(items.getFirst(), work));
        }
        Semaphore permits = new Semaphore(limit);
        List<Future<Attempt<R>>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(executor.submit(() -> {
                permits.acquire();
                try {
                    return attempt(item, work);
                } finally {
                    permits.release();
                }
            }));
        }
        List<Attempt<R>> results = new ArrayList<>(items.size());
        for (Future<Attempt<R>> future : futures) {
            results.add(await(future));
        }
        return results;
    }

    private static <T, R> Attempt<R> attempt(T item, Function<T, R> work) {
        try {
            return new Attempt<>(work.apply(item), null);
        } catch (RuntimeException e) {
            return new Attempt<>(null, e);
        }
    }

    private static <R> Attempt<R> await(Future<Attempt<R>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt<>(null, new IllegalStateException("interrupted", e));
        } catch (ExecutionException e) {
            return new Attempt<>(null, new IllegalStateException("task failed", e.getCause()));
        }
    }
}
