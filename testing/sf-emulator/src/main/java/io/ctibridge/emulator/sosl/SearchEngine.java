package io.ctibridge.emulator.sosl;

import io.ctibridge.emulator.RecordStore;
import io.ctibridge.emulator.error.SalesforceException;
import io.ctibridge.emulator.schema.FieldDef;
import io.ctibridge.emulator.schema.ObjectSchema;
import io.ctibridge.emulator.soql.BoundQuery;
import io.ctibridge.emulator.soql.FieldReader;
import io.ctibridge.emulator.soql.FieldRef;
import io.ctibridge.emulator.soql.QueryBinder;
import io.ctibridge.emulator.soql.QueryExecutor;
import io.ctibridge.emulator.soql.RecordProjector;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs searches: records of each target object that match the term in the scope's fields, then the target's
 * WHERE, ORDER BY and limits, answered object by object in the order asked.
 */
public final class SearchEngine {
    private final RecordStore store;
    private final QueryBinder binder;
    private final FieldReader reader;
    private final QueryExecutor executor;
    private final SearchMatcher matcher = new SearchMatcher();

    public SearchEngine(RecordStore store, Clock clock) {
        this.store = store;
        this.binder = new QueryBinder(store.schema(), clock);
        this.reader = new FieldReader(store);
        this.executor = new QueryExecutor(reader);
    }

    public QueryBinder binder() {
        return binder;
    }

    /** Runs SOSL text. */
    public List<Map<String, Object>> search(String sosl, String apiVersion) {
        SoslQuery query = SoslParser.parse(sosl);
        List<BoundQuery> targets = query.returning().isEmpty()
                ? allSearchable(List.of())
                : query.returning().stream().map(binder::bind).toList();
        return run(new SearchRequest(query.term(), query.scope(), targets, query.limit()), apiVersion);
    }

    /** Every searchable object, answering {@code fields} (Id when empty); used when no object is named. */
    public List<BoundQuery> allSearchable(List<FieldRef> fields) {
        List<BoundQuery> targets = new ArrayList<>();
        for (ObjectSchema object : store.schema().objects()) {
            if (object.searchable()) {
                List<FieldRef> select = fields.isEmpty() ? List.of(idOf(object)) : fields;
                targets.add(new BoundQuery(
                        object, select, false, Optional.empty(), List.of(), OptionalInt.empty(), OptionalInt.empty()));
            }
        }
        return targets;
    }

    private static FieldRef idOf(ObjectSchema object) {
        return new FieldRef(Optional.empty(), object.field("Id").orElseThrow());
    }

    public List<Map<String, Object>> run(SearchRequest request, String apiVersion) {
        RecordProjector projector = new RecordProjector(reader, apiVersion);
        List<Map<String, Object>> answer = new ArrayList<>();
        for (BoundQuery target : request.targets()) {
            ObjectSchema object = target.object();
            if (!object.searchable()) {
                throw SalesforceException.badRequest(
                        "INVALID_TYPE", "entity type " + object.name() + " does not support search");
            }
            List<FieldDef> fields = request.scope().fields(object);
            List<Map<String, Object>> candidates = store.all(object.name()).stream()
                    .filter(record -> matcher.matches(request.term(), fields, record))
                    .toList();
            for (Map<String, Object> record : executor.run(target, candidates)) {
                if (answer.size() >= request.overallLimit()) {
                    return answer;
                }
                answer.add(projector.project(object, record, target.select()));
            }
        }
        return answer;
    }
}
