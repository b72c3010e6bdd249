package io.ctibridge.emulator.soql;

import io.ctibridge.emulator.RecordStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Runs SOQL text against the store: parse, check against the schema, filter, sort, project. */
public final class QueryService {
    private final RecordStore store;
    private final QueryBinder binder;
    private final FieldReader reader;
    private final QueryExecutor executor;

    public QueryService(RecordStore store, Clock clock) {
        this.store = store;
        this.binder = new QueryBinder(store.schema(), clock);
        this.reader = new FieldReader(store);
        this.executor = new QueryExecutor(reader);
    }

    /** All result rows (paging is the caller's business); for {@code COUNT()} the rows list is empty. */
    public Result query(String soql, String apiVersion) {
        BoundQuery query = binder.bind(SoqlParser.parse(soql));
        List<Map<String, Object>> matches =
                executor.run(query, store.all(query.object().name()));
        if (query.countOnly()) {
            return new Result(matches.size(), List.of());
        }
        RecordProjector projector = new RecordProjector(reader, apiVersion);
        List<Map<String, Object>> rows = matches.stream()
                .map(record -> projector.project(query.object(), record, query.select()))
                .toList();
        return new Result(rows.size(), rows);
    }

    public record Result(int totalSize, List<Map<String, Object>> records) {}
}
