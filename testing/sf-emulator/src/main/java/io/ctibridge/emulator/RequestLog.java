package io.ctibridge.emulator;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

/** Every HTTP request the emulator received, in arrival order, token requests included. Thread-safe. */
public final class RequestLog {
    // A lock-free queue: appends stay cheap when a test sends thousands of requests.
    private final Queue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();

    void add(RecordedRequest request) {
        requests.add(request);
    }

    public List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    public int count() {
        return requests.size();
    }

    public int count(Predicate<RecordedRequest> filter) {
        return (int) requests.stream().filter(filter).count();
    }

    public void clear() {
        requests.clear();
    }
}
