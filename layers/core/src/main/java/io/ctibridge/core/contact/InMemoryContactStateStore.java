package io.ctibridge.core.contact;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Contact state in a map, beside the DynamoDB store: for SnapStart priming and in-process benchmarks, where no
 * network may be touched. TTLs are ignored (nothing here lives long enough to expire).
 */
public final class InMemoryContactStateStore implements ContactStateStore {

    private final Map<String, LookupResult> results = new ConcurrentHashMap<>();

    @Override
    public void save(LookupResult result, Duration ttl) {
        results.put(result.contactId(), result);
    }

    @Override
    public Optional<LookupResult> find(String contactId) {
        return Optional.ofNullable(results.get(contactId));
    }
}
