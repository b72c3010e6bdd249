package io.ctibridge.emulator.schema;

import java.util.List;
import java.util.Optional;

/**
 * One field of an object's describe.
 *
 * @param requiredOnCreate  a create without a value fails with REQUIRED_FIELD_MISSING
 * @param compoundOf        non-empty for computed compound names (Contact.Name = FirstName + ' ' + LastName)
 * @param referenceTo       target objects of a reference field; several for polymorphic ones (Task.WhoId)
 * @param relationshipName  name used in SOQL paths ({@code Account.Name}); null when not navigable
 * @param length            maximum length of text values, 0 when unchecked
 */
public record FieldDef(
        String name,
        String label,
        FieldType type,
        boolean requiredOnCreate,
        boolean createable,
        boolean updateable,
        boolean filterable,
        boolean nameField,
        int length,
        List<String> picklistValues,
        boolean restrictedPicklist,
        List<String> referenceTo,
        String relationshipName,
        List<String> compoundOf) {

    public FieldDef {
        picklistValues = List.copyOf(picklistValues);
        referenceTo = List.copyOf(referenceTo);
        compoundOf = List.copyOf(compoundOf);
    }

    public boolean isCompound() {
        return !compoundOf.isEmpty();
    }

    public Optional<String> relationship() {
        return Optional.ofNullable(relationshipName);
    }

    public FieldDef withReferenceTo(List<String> targets) {
        return new FieldDef(
                name,
                label,
                type,
                requiredOnCreate,
                createable,
                updateable,
                filterable,
                nameField,
                length,
                picklistValues,
                restrictedPicklist,
                targets,
                relationshipName,
                compoundOf);
    }
}
