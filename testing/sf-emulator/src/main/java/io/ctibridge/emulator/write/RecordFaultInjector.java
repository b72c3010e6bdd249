package io.ctibridge.emulator.write;

import java.util.Map;
import java.util.Optional;

/** Test-controlled per-record failures (UNABLE_TO_LOCK_ROW and the like), checked after the real rules. */
@FunctionalInterface
public interface RecordFaultInjector {
    RecordFaultInjector NONE = record -> Optional.empty();

    /**
     * @param record the record as sent: {@code attributes.type}, canonical field names, and {@code Id} for updates
     */
    Optional<RecordError> failureFor(Map<String, Object> record);
}
