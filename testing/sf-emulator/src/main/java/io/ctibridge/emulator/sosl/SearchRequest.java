package io.ctibridge.emulator.sosl;

import io.ctibridge.emulator.soql.BoundQuery;
import java.util.List;

/**
 * A search ready to run, whichever way it was asked (SOSL or parameterizedSearch).
 *
 * @param targets      the objects to search with their fields, WHERE, ORDER BY and limits, in answer order
 * @param overallLimit the most records answered across all targets
 */
public record SearchRequest(SearchExpr term, SearchScope scope, List<BoundQuery> targets, int overallLimit) {

    public SearchRequest {
        targets = List.copyOf(targets);
    }
}
