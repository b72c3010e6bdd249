package io.ctibridge.core.pop;

import io.ctibridge.core.contact.ContactStateStore;
import io.ctibridge.core.contact.LookupResult;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Contact state in a map; TTLs are not enforced (the DynamoDB store's IT covers expiry). */
final class InMemoryContactStates implements ContactStateStore {

    final Map<String, LookupResult> saved = new ConcurrentHashMap<>();
    volatile RuntimeException failure;

    @Override
    public void save(LookupResult result, Duration ttl) {
        saved.put(result.contactId(), result);
    }

    @Override
    public Optional<LookupResult> find(String contactId) {
        if (failure != null) {
            throw failure;
        }
        return Optional.ofNullable(saved.get(contactId));
    }
}
