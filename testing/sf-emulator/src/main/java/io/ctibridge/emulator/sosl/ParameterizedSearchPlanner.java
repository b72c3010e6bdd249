package io.ctibridge.emulator.sosl;

import io.ctibridge.emulator.error.SalesforceException;
import io.ctibridge.emulator.schema.ObjectSchema;
import io.ctibridge.emulator.schema.OrgSchema;
import io.ctibridge.emulator.soql.BoundCondition;
import io.ctibridge.emulator.soql.BoundQuery;
import io.ctibridge.emulator.soql.ClauseParser;
import io.ctibridge.emulator.soql.FieldPath;
import io.ctibridge.emulator.soql.FieldRef;
import io.ctibridge.emulator.soql.QueryBinder;
import io.ctibridge.emulator.soql.TokenCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a {@link ParameterizedSearch} into a {@link SearchRequest}. Each field name and each {@code where} is
 * parsed on its own (never pasted into a SOSL string), with the same SOQL rules and errors as SOSL's RETURNING.
 */
public final class ParameterizedSearchPlanner {
    private final OrgSchema schema;
    private final QueryBinder binder;

    public ParameterizedSearchPlanner(OrgSchema schema, QueryBinder binder) {
        this.schema = schema;
        this.binder = binder;
    }

    public SearchRequest plan(ParameterizedSearch search) {
        if (search.q() == null || search.q().isBlank()) {
            throw SalesforceException.badRequest("INVALID_SEARCH", "The q parameter is required");
        }
        SearchExpr term = SearchTermParser.parse(search.q());
        List<BoundQuery> targets = new ArrayList<>();
        if (search.targets().isEmpty()) {
            for (ObjectSchema object : schema.objects()) {
                if (object.searchable()) {
                    targets.add(query(
                            object, fieldsPresentOn(object, search.fields()), Optional.empty(), search.defaultLimit()));
                }
            }
        } else {
            for (ParameterizedSearch.Target target : search.targets()) {
                ObjectSchema object = schema.object(target.name())
                        .orElseThrow(() -> SalesforceException.badRequest(
                                "INVALID_TYPE", "sObject type '" + target.name() + "' is not supported."));
                List<String> fieldNames = target.fields().isEmpty() ? search.fields() : target.fields();
                List<FieldRef> fields =
                        fieldNames.stream().map(f -> field(object, f)).toList();
                Optional<BoundCondition> where =
                        target.where().filter(w -> !w.isBlank()).map(w -> where(object, w));
                OptionalInt limit = target.limit().isPresent() ? target.limit() : search.defaultLimit();
                targets.add(query(object, fields, where, limit));
            }
        }
        int overall = Math.min(SoslParser.MAX_LIMIT, search.overallLimit().orElse(SoslParser.MAX_LIMIT));
        return new SearchRequest(term, search.scope(), targets, overall);
    }

    private BoundQuery query(
            ObjectSchema object, List<FieldRef> fields, Optional<BoundCondition> where, OptionalInt limit) {
        List<FieldRef> select = fields.isEmpty()
                ? List.of(new FieldRef(Optional.empty(), object.field("Id").orElseThrow()))
                : fields;
        return new BoundQuery(object, select, false, where, List.of(), limit, OptionalInt.empty());
    }

    /** Without named objects, the default fields are answered where the object has them. */
    private List<FieldRef> fieldsPresentOn(ObjectSchema object, List<String> names) {
        List<FieldRef> fields = new ArrayList<>();
        for (String name : names) {
            try {
                fields.add(field(object, name));
            } catch (SalesforceException e) {
                // skipped: this object has no such field
            }
        }
        return fields;
    }

    private FieldRef field(ObjectSchema object, String name) {
        TokenCursor cursor = TokenCursor.over(name, 0, SearchTermParser.MALFORMED_SEARCH);
        FieldPath path = new ClauseParser(cursor).fieldPath();
        cursor.expectEnd();
        return binder.resolve(object, path, name);
    }

    private BoundCondition where(ObjectSchema object, String where) {
        TokenCursor cursor = TokenCursor.over(where, 0, SearchTermParser.MALFORMED_SEARCH);
        var condition = new ClauseParser(cursor).condition();
        cursor.expectEnd();
        return binder.bindCondition(object, condition, where);
    }
}
