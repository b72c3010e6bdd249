package io.ctibridge.emulator.soql;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Applies a bound query's WHERE, ORDER BY, OFFSET and LIMIT to candidate records. */
public final class QueryExecutor {
    private final FieldReader reader;
    private final ConditionEvaluator evaluator;

    public QueryExecutor(FieldReader reader) {
        this.reader = reader;
        this.evaluator = new ConditionEvaluator(reader);
    }

    /** The matching records (unprojected), in query order. */
    public List<Map<String, Object>> run(BoundQuery query, List<Map<String, Object>> candidates) {
        var stream = candidates.stream()
                .filter(record ->
                        query.where().map(w -> evaluator.test(w, record)).orElse(true));
        if (!query.orderBy().isEmpty()) {
            stream = stream.sorted(comparator(query.orderBy()));
        }
        if (query.offset().isPresent()) {
            stream = stream.skip(query.offset().getAsInt());
        }
        if (query.limit().isPresent()) {
            stream = stream.limit(query.limit().getAsInt());
        }
        return stream.toList();
    }

    private Comparator<Map<String, Object>> comparator(List<BoundQuery.Order> orderBy) {
        Comparator<Map<String, Object>> result = (a, b) -> 0;
        for (BoundQuery.Order order : orderBy) {
            result = result.thenComparing(
                    (a, b) -> compare(order, reader.read(a, order.field()), reader.read(b, order.field())));
        }
        return result;
    }

    private static int compare(BoundQuery.Order order, Object a, Object b) {
        if (a == null || b == null) {
            if (a == b) {
                return 0;
            }
            // Nulls sit at the end the query asked for, whichever direction the rest is sorted.
            return (a == null) == order.nullsLast() ? 1 : -1;
        }
        int comparison = Values.compare(order.field().type(), a, b);
        return order.descending() ? -comparison : comparison;
    }
}
