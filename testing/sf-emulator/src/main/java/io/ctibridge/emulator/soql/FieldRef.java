package io.ctibridge.emulator.soql;

import io.ctibridge.emulator.schema.FieldDef;
import io.ctibridge.emulator.schema.FieldType;
import java.util.Optional;

/**
 * A field path checked against the schema.
 *
 * @param relationship the reference field a parent path goes through ({@code AccountId} for
 *                     {@code Account.Name}); empty for a field of the record itself
 * @param field        the field read (on the parent for a relationship path; for a polymorphic relationship,
 *                     the first target that has it — the type is the same on all targets)
 */
public record FieldRef(Optional<FieldDef> relationship, FieldDef field) {

    public FieldType type() {
        return field.type();
    }

    public String text() {
        return relationship.map(r -> r.relationshipName() + "." + field.name()).orElse(field.name());
    }
}
