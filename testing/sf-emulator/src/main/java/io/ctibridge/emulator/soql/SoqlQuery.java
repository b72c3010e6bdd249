package io.ctibridge.emulator.soql;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A parsed query. Also used for each object of a SOSL RETURNING clause or a parameterizedSearch, which have the
 * same field list, WHERE, ORDER BY, LIMIT and OFFSET.
 *
 * @param countOnly    {@code SELECT COUNT() FROM ...}: only totalSize is answered
 * @param objectPosition where the object name starts, for INVALID_TYPE errors
 */
public record SoqlQuery(
        String text,
        List<FieldPath> fields,
        boolean countOnly,
        String objectName,
        int objectPosition,
        Optional<Condition> where,
        List<OrderItem> orderBy,
        OptionalInt limit,
        OptionalInt offset) {

    public SoqlQuery {
        fields = List.copyOf(fields);
        orderBy = List.copyOf(orderBy);
    }
}
