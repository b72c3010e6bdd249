package io.ctibridge.core.lookup;

import io.ctibridge.core.config.FieldFilter;
import io.ctibridge.core.config.ScalarValue;
import io.ctibridge.core.salesforce.Soql;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a profile's structured filters as a SOQL condition. Field names are checked as identifiers and every
 * value is rendered by type (strings quoted and escaped), so configuration cannot inject SOQL either.
 */
final class SoqlFilters {

    private SoqlFilters() {}

    /** {@code IsConverted = false AND Status != 'Closed'}, or null when there are no filters. */
    static String where(List<FieldFilter> filters) {
        if (filters.isEmpty()) {
            return null;
        }
        return filters.stream()
                .map(f -> Soql.fieldPath(f.field()) + " " + f.op().symbol() + " " + literal(f.value()))
                .collect(Collectors.joining(" AND "));
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
