package io.ctibridge.bench;

import io.ctibridge.core.lookup.ContactStateStore;
import io.ctibridge.core.lookup.LookupResult;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A state store whose writes (the DynamoDB PutItem of each lookup) add their duration to a {@link CallTimer}. */
public final class TimingContactStateStore implements ContactStateStore {

    private final ContactStateStore store;
    private final CallTimer writes;

    public TimingContactStateStore(ContactStateStore store, CallTimer writes) {
        this.store = Objects.requireNonNull(store, "store");
        this.writes = Objects.requireNonNull(writes, "writes");
    }

    @Override
    public void save(LookupResult result, Duration ttl) {
        writes.time(() -> store.save(result, ttl));
    }

    @Override
    public Optional<LookupResult> find(String contactId) {
        return store.find(contactId);
    }
}
