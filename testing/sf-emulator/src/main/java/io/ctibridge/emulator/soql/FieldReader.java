package io.ctibridge.emulator.soql;

import io.ctibridge.emulator.RecordStore;
import io.ctibridge.emulator.schema.FieldDef;
import io.ctibridge.emulator.schema.ObjectSchema;
import java.util.Map;
import java.util.Optional;

/** Reads a {@link FieldRef} from a record, following a parent relationship through the store. */
public final class FieldReader {
    private final RecordStore store;

    public FieldReader(RecordStore store) {
        this.store = store;
    }

    public Object read(Map<String, Object> record, FieldRef ref) {
        if (ref.relationship().isEmpty()) {
            return record.get(ref.field().name());
        }
        return parent(record, ref.relationship().get())
                .map(parent -> parent.record().get(fieldNameOn(parent.object(), ref.field())))
                .orElse(null);
    }

    /** The parent record a reference field points at, with its object (which varies for polymorphic ones). */
    public Optional<Parent> parent(Map<String, Object> record, FieldDef relationship) {
        Object id = record.get(relationship.name());
        if (!(id instanceof String parentId)) {
            return Optional.empty();
        }
        return store.get(parentId)
                .flatMap(parent -> store.schema().objectForId(parentId).map(object -> new Parent(object, parent)));
    }

    private static String fieldNameOn(ObjectSchema object, FieldDef field) {
        return object.field(field.name()).map(FieldDef::name).orElse(field.name());
    }

    public record Parent(ObjectSchema object, Map<String, Object> record) {}
}
