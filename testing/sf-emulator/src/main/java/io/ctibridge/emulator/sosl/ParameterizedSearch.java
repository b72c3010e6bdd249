package io.ctibridge.emulator.sosl;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A parameterizedSearch as received (GET parameters or POST body), before its parts are parsed.
 *
 * @param fields  fields answered for objects that name none (Id when empty)
 * @param targets the objects to search; empty means every searchable object
 */
public record ParameterizedSearch(
        String q,
        SearchScope scope,
        List<String> fields,
        List<Target> targets,
        OptionalInt overallLimit,
        OptionalInt defaultLimit) {

    public ParameterizedSearch {
        fields = List.copyOf(fields);
        targets = List.copyOf(targets);
    }

    /** One entry of {@code sobjects}: {@code {name, fields, where, limit}}. */
    public record Target(String name, List<String> fields, Optional<String> where, OptionalInt limit) {
        public Target {
            fields = List.copyOf(fields);
        }
    }
}
