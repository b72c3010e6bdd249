package io.ctibridge.emulator.write;

import java.util.List;

/** The outcome of saving one record: {@code {id, success, errors}}; id is null when a create failed. */
public record SaveResult(String id, boolean success, List<RecordError> errors) {

    public SaveResult {
        errors = List.copyOf(errors);
    }

    public static SaveResult saved(String id) {
        return new SaveResult(id, true, List.of());
    }

    public static SaveResult failed(String id, List<RecordError> errors) {
        return new SaveResult(id, false, errors);
    }
}
