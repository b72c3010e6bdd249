package io.ctibridge.core.contact;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one in-memory contact state store, for unit tests: results in a map (TTLs ignored, nothing here lives long
 * enough to expire), and a switch that makes reads fail as a throttled DynamoDB does. Integration tests use the
 * DynamoDB store on moto; SnapStart priming and the in-process benchmarks use it too, over canned AWS answers.
 */
public final class InMemoryContactStateStore implements ContactStateStore {

    private final Map<String, LookupResult> saved = new ConcurrentHashMap<>();
    private volatile RuntimeException readFailure;

    @Override
    public void save(LookupResult result, Duration ttl) {
        saved.put(result.contactId(), result);
    }

    @Override
    public Optional<LookupResult> find(String contactId) {
        RuntimeException failure = readFailure;
        if (failure != null) {
            throw failure;
        }
        return Optional.ofNullable(saved.get(contactId));
    }

    /** What was saved, by ContactId. */
    public Map<String, LookupResult> saved() {
        return saved;
    }

    /** Every later read throws {@code failure}. */
    public void failReadsWith(RuntimeException failure) {
        this.readFailure = failure;
    }
}
