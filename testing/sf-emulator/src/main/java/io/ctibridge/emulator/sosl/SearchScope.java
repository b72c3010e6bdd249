package io.ctibridge.emulator.sosl;

import io.ctibridge.emulator.schema.FieldDef;
import io.ctibridge.emulator.schema.FieldType;
import io.ctibridge.emulator.schema.ObjectSchema;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Which fields a search looks at: SOSL's {@code IN x FIELDS} and parameterizedSearch's {@code in}. */
public enum SearchScope {
    ALL,
    NAME,
    EMAIL,
    PHONE,
    SIDEBAR;

    private static final Set<FieldType> SEARCHABLE_TEXT =
            EnumSet.of(FieldType.STRING, FieldType.TEXTAREA, FieldType.PHONE, FieldType.EMAIL, FieldType.URL);

    public static Optional<SearchScope> parse(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public List<FieldDef> fields(ObjectSchema object) {
        return object.fields().stream().filter(this::includes).toList();
    }

    private boolean includes(FieldDef field) {
        return switch (this) {
            case ALL -> SEARCHABLE_TEXT.contains(field.type());
            case NAME -> field.nameField();
            case EMAIL -> field.type() == FieldType.EMAIL;
            case PHONE -> field.type() == FieldType.PHONE;
            case SIDEBAR -> field.nameField() || field.type() == FieldType.EMAIL || field.type() == FieldType.PHONE;
        };
    }
}
