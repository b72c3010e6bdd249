package io.ctibridge.emulator.schema;

import java.util.Optional;

/**
 * What the integration user may do with a field, as describe reports it ({@code createable}, {@code updateable}):
 * field-level security a test takes away, over the schema's own flags.
 */
public record FieldAccess(boolean createable, boolean updateable) {

    /** Per-field overrides of the schema's flags; empty keeps the schema's. */
    @FunctionalInterface
    public interface Overrides {
        Overrides NONE = (object, field) -> Optional.empty();

        Optional<FieldAccess> forField(String object, String field);
    }
}
