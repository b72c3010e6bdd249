package io.ctibridge.core.operation;

import io.ctibridge.core.config.FieldFilter;
import io.ctibridge.core.config.FlowOperation;
import io.ctibridge.core.config.ScalarValue;
import io.ctibridge.core.salesforce.Soql;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one SOQL query of a find. Names come from the validated profile and are checked again as identifiers; every
 * value, the caller's inputs and the profile's constants alike, is rendered as a literal by type (text quoted and
 * escaped by {@link Soql#quote}, numbers re-printed from a parsed {@link BigDecimal}), so nothing the caller keys in
 * can become query text.
 */
final class FindQuery {

    /** Two tell one match from several; the best-ranked comes first. */
    static final int LIMIT = 2;

    private FindQuery() {}

    static String soql(FlowOperation operation, Map<String, String> inputs) {
        List<String> conditions = new ArrayList<>();
        operation.match().forEach((field, input) -> {
            String value = inputs.getOrDefault(input, "");
            String literal =
                    InputBinder.isNumber(operation, input) ? new BigDecimal(value).toPlainString() : Soql.quote(value);
            conditions.add(Soql.identifier(field) + " = " + literal);
        });
        for (FieldFilter filter : operation.filters()) {
            conditions.add(Soql.fieldPath(filter.field()) + " " + filter.op().symbol() + " " + literal(filter.value()));
        }
        return "SELECT " + String.join(", ", selected(operation)) + " FROM " + Soql.identifier(operation.object())
                + " WHERE " + String.join(" AND ", conditions) + " ORDER BY "
                + Soql.identifier(operation.orderBy().field())
                + (operation.orderBy().ascending() ? " ASC" : " DESC")
                + " NULLS LAST, Id LIMIT " + LIMIT;
    }

    /** Id, then the returned fields: nothing the profile does not name is read. */
    static List<String> selected(FlowOperation operation) {
        Set<String> fields = new LinkedHashSet<>();
        fields.add("Id");
        operation.returnFields().forEach(field -> fields.add(Soql.fieldPath(field)));
        return List.copyOf(fields);
    }

    private static String literal(ScalarValue value) {
        return switch (value) {
            case ScalarValue.Text text -> Soql.quote(text.value());
            case ScalarValue.Decimal decimal -> decimal.value().toPlainString();
            case ScalarValue.Bool bool -> Boolean.toString(bool.value());
            case ScalarValue.Null ignored -> "null";
        };
    }
}
