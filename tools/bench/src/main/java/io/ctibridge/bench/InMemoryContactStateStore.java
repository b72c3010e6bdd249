package io.ctibridge.bench;

import io.ctibridge.core.lookup.ContactStateStore;
import io.ctibridge.core.lookup.LookupResult;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Contact state in a map, for the in-process figure: what is left of a lookup once Salesforce and DynamoDB are
 * taken out. TTLs are ignored (nothing lives long enough here to expire).
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
