package io.ctibridge.emulator.soql;

import io.ctibridge.emulator.schema.ObjectSchema;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A query whose object, fields and literals have been checked against the schema. */
public record BoundQuery(
        ObjectSchema object,
        List<FieldRef> select,
        boolean countOnly,
        Optional<BoundCondition> where,
        List<Order> orderBy,
        OptionalInt limit,
        OptionalInt offset) {

    public record Order(FieldRef field, boolean descending, boolean nullsLast) {}
}
