package io.ctibridge.emulator;

import io.ctibridge.emulator.schema.FieldDef;
import io.ctibridge.emulator.schema.FieldType;
import io.ctibridge.emulator.schema.FieldValues;
import io.ctibridge.emulator.schema.ObjectSchema;
import io.ctibridge.emulator.schema.OrgSchema;
import io.ctibridge.emulator.schema.SalesforceIds;
import io.ctibridge.emulator.schema.SalesforceTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The in-memory org. Records are maps of canonical field names to canonical values (see {@link FieldValues});
 * every read returns a copy, so callers can never change stored data by accident.
 *
 * <p>{@link #insert} and {@link #update} are the back door for seeds and tests: they check field names and value
 * types but none of the API's business rules (required fields, picklists, Task rules), and may set system fields
 * such as {@code LastModifiedDate}. API writes are validated before they reach the store.
 */
public final class RecordStore {
    private final OrgSchema schema;
    private final Clock clock;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    // Per object, in insertion order (queries without ORDER BY return this order), keyed by 15-character id.
    private final Map<String, LinkedHashMap<String, Map<String, Object>>> recordsByObject = new LinkedHashMap<>();
    private long nextSequence = 1000;

    public RecordStore(OrgSchema schema, Clock clock) {
        this.schema = Objects.requireNonNull(schema);
        this.clock = Objects.requireNonNull(clock);
        schema.objects().forEach(o -> recordsByObject.put(o.name(), new LinkedHashMap<>()));
    }

    public OrgSchema schema() {
        return schema;
    }

    /**
     * Stores a new record and returns its 18-character id. An {@code Id} in {@code fields} is kept when it is
     * well-formed and carries the object's key prefix (seed files use this for stable ids).
     *
     * @throws IllegalArgumentException for an unknown object or field, or a value of the wrong type
     */
    public String insert(String sobject, Map<String, Object> fields) {
        ObjectSchema object = schema.require(sobject);
        Map<String, Object> record = canonical(object, fields);
        lock.writeLock().lock();
        try {
            String id = record.containsKey("Id")
                    ? explicitId(object, (String) record.get("Id"))
                    : SalesforceIds.generate(object.keyPrefix(), nextSequence++);
            String now = SalesforceTime.format(clock.instant());
            Map<String, Object> stored = new LinkedHashMap<>();
            stored.put("Id", id);
            stored.put("IsDeleted", false);
            stored.put("CreatedDate", now);
            stored.put("LastModifiedDate", now);
            stored.put("SystemModstamp", now);
            // Checkboxes are never null in Salesforce: unset means false (a Lead inserted without IsConverted
            // must still pass an "IsConverted = false" filter).
            for (FieldDef field : object.fields()) {
                if (field.type() == FieldType.BOOLEAN) {
                    stored.putIfAbsent(field.name(), false);
                }
            }
            stored.putAll(record);
            stored.put("Id", id);
            autoNumber(object, stored);
            computeCompoundFields(object, stored);
            recordsByObject.get(object.name()).put(id.substring(0, 15), stored);
            return id;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private String explicitId(ObjectSchema object, String id) {
        String key = SalesforceIds.key(id)
                .filter(k -> k.startsWith(object.keyPrefix()))
                .orElseThrow(
                        () -> new IllegalArgumentException("Id " + id + " is not a valid " + object.name() + " id"));
        if (locate(key) != null) {
            throw new IllegalArgumentException("duplicate Id " + id);
        }
        return SalesforceIds.to18(key);
    }

    /** The record with this 15- or 18-character id, whatever its object. */
    public Optional<Map<String, Object>> get(String id) {
        lock.readLock().lock();
        try {
            Map<String, Object> record = SalesforceIds.key(id).map(this::locate).orElse(null);
            return Optional.ofNullable(record).map(LinkedHashMap::new);
        } finally {
            lock.readLock().unlock();
        }
    }

    public List<Map<String, Object>> all(String sobject) {
        ObjectSchema object = schema.require(sobject);
        lock.readLock().lock();
        try {
            List<Map<String, Object>> copies = new ArrayList<>();
            recordsByObject.get(object.name()).values().forEach(r -> copies.add(new LinkedHashMap<>(r)));
            return copies;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Sets fields of an existing record; a null value clears the field. LastModifiedDate moves to now unless
     * {@code fields} sets it.
     *
     * @throws IllegalArgumentException for an unknown id or field, or a value of the wrong type
     */
    public void update(String id, Map<String, Object> fields) {
        lock.writeLock().lock();
        try {
            Map<String, Object> stored = SalesforceIds.key(id)
                    .map(this::locate)
                    .orElseThrow(() -> new IllegalArgumentException("no record with id " + id));
            ObjectSchema object = schema.objectForId(id).orElseThrow();
            Map<String, Object> changes = canonical(object, fields);
            changes.remove("Id");
            String now = SalesforceTime.format(clock.instant());
            stored.put("LastModifiedDate", now);
            stored.put("SystemModstamp", now);
            stored.putAll(changes);
            computeCompoundFields(object, stored);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Removes a record, as the API's delete does (this org keeps no recycle bin).
     *
     * @return false when no record has this id
     */
    public boolean delete(String id) {
        lock.writeLock().lock();
        try {
            return SalesforceIds.key(id)
                    .flatMap(key -> schema.objectForId(key)
                            .map(object -> recordsByObject.get(object.name()).remove(key)))
                    .isPresent();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A copy of the whole org, for Composite's allOrNone rollback. */
    public Snapshot snapshot() {
        lock.readLock().lock();
        try {
            Map<String, LinkedHashMap<String, Map<String, Object>>> copy = new LinkedHashMap<>();
            recordsByObject.forEach((object, records) -> {
                LinkedHashMap<String, Map<String, Object>> recordsCopy = new LinkedHashMap<>();
                records.forEach((key, record) -> recordsCopy.put(key, new LinkedHashMap<>(record)));
                copy.put(object, recordsCopy);
            });
            return new Snapshot(copy, nextSequence);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Puts the org back as it was at {@code snapshot}; writes made since then by anyone are lost. */
    public void restore(Snapshot snapshot) {
        lock.writeLock().lock();
        try {
            recordsByObject.clear();
            snapshot.records.forEach((object, records) -> {
                LinkedHashMap<String, Map<String, Object>> recordsCopy = new LinkedHashMap<>();
                records.forEach((key, record) -> recordsCopy.put(key, new LinkedHashMap<>(record)));
                recordsByObject.put(object, recordsCopy);
            });
            // Ids handed out before the rollback are never reused, as in Salesforce.
            nextSequence = Math.max(nextSequence, snapshot.nextSequence);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** An opaque copy of the org taken by {@link #snapshot()}. */
    public static final class Snapshot {
        private final Map<String, LinkedHashMap<String, Map<String, Object>>> records;
        private final long nextSequence;

        private Snapshot(Map<String, LinkedHashMap<String, Map<String, Object>>> records, long nextSequence) {
            this.records = records;
            this.nextSequence = nextSequence;
        }
    }

    private Map<String, Object> locate(String key15) {
        return schema.objectForId(key15)
                .map(object -> recordsByObject.get(object.name()).get(key15))
                .orElse(null);
    }

    private static Map<String, Object> canonical(ObjectSchema object, Map<String, Object> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            FieldDef field = object.field(name)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "No such column '" + name + "' on sobject of type " + object.name()));
            out.put(field.name(), FieldValues.normalize(field, value));
        });
        return out;
    }

    /**
     * Salesforce's auto-number fields the emulator fills in on insert when the record has none: Case.CaseNumber, eight
     * digits rising from 00001001 (seeds may give their own). Caller holds the write lock.
     */
    private void autoNumber(ObjectSchema object, Map<String, Object> stored) {
        if (object.name().equals("Case") && stored.get("CaseNumber") == null) {
            int existing = recordsByObject.get(object.name()).size();
            stored.put("CaseNumber", String.format(java.util.Locale.ROOT, "%08d", 1001 + existing));
        }
    }

    private static void computeCompoundFields(ObjectSchema object, Map<String, Object> record) {
        for (FieldDef field : object.fields()) {
            if (field.isCompound()) {
                List<String> parts = new ArrayList<>();
                for (String part : field.compoundOf()) {
                    Object value =
                            record.get(object.field(part).map(FieldDef::name).orElse(part));
                    if (value != null) {
                        parts.add(value.toString());
                    }
                }
                record.put(field.name(), parts.isEmpty() ? null : String.join(" ", parts));
            }
        }
    }

    @Override
    public String toString() {
        lock.readLock().lock();
        try {
            StringBuilder counts = new StringBuilder();
            recordsByObject.forEach((object, records) ->
                    counts.append(' ').append(object).append('=').append(records.size()));
            return "RecordStore{" + counts.toString().trim() + "}";
        } finally {
            lock.readLock().unlock();
        }
    }
}
