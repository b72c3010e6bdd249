package io.ctibridge.emulator.write;

import io.ctibridge.emulator.schema.ObjectSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One record of a write request after validation: ready to save, or already known to fail. */
public sealed interface PreparedWrite {

    /** @param id null for a create */
    record Valid(ObjectSchema object, String id, Map<String, Object> fields) implements PreparedWrite {
        public Valid {
            // Values may be null (a field being cleared), which Map.copyOf would refuse.
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        boolean isCreate() {
            return id == null;
        }
    }

    record Invalid(String id, List<RecordError> errors) implements PreparedWrite {}
}
