package io.ctibridge.emulator.sosl;

import io.ctibridge.emulator.soql.SoqlQuery;
import java.util.List;

/** A parsed SOSL query; each RETURNING object is a {@link SoqlQuery} (fields, WHERE, ORDER BY, LIMIT). */
public record SoslQuery(SearchExpr term, SearchScope scope, List<SoqlQuery> returning, int limit) {

    public SoslQuery {
        returning = List.copyOf(returning);
    }
}
