package io.ctibridge.core.salesforce.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ctibridge.core.salesforce.Soql;
import java.util.List;

/**
 * The body of a parameterizedSearch POST: {@code {q, in, fields, sobjects:[{name, fields, where, limit}], overallLimit}}.
 * {@code q} is a plain search string without SOSL clauses; escape caller input with
 * {@link io.ctibridge.core.salesforce.Sosl#escapeTerm}. {@code where} is SOQL from trusted configuration.
 *
 * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_search_parameterized.htm">Parameterized Search</a>
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ParameterizedSearch(
        String q, SearchGroup in, List<String> fields, List<Target> sobjects, Integer overallLimit) {

    /** Which fields the search string is matched against. */
    public enum SearchGroup {
        ALL,
        NAME,
        EMAIL,
        PHONE,
        SIDEBAR
    }

    public ParameterizedSearch {
        if (q == null || q.isBlank()) {
            throw new IllegalArgumentException("q must not be blank");
        }
        fields = fields == null
                ? List.of()
                : fields.stream().map(Soql::fieldPath).toList();
        sobjects = sobjects == null ? List.of() : List.copyOf(sobjects);
        if (overallLimit != null && (overallLimit < 1 || overallLimit > 2000)) {
            throw new IllegalArgumentException("overallLimit must be 1..2000, got " + overallLimit);
        }
    }

    /** A search of {@code q} in {@code in} fields of the given objects, without an overall limit. */
    public static ParameterizedSearch of(String q, SearchGroup in, List<Target> sobjects) {
        return new ParameterizedSearch(q, in, List.of(), sobjects, null);
    }

    public ParameterizedSearch withOverallLimit(int limit) {
        return new ParameterizedSearch(q, in, fields, sobjects, limit);
    }

    /** One object to search, the fields to return for it, and an optional filter and limit. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Target(String name, List<String> fields, String where, Integer limit) {

        public Target {
            Soql.identifier(name);
            fields = fields == null
                    ? List.of()
                    : fields.stream().map(Soql::fieldPath).toList();
            if (where != null && where.isBlank()) {
                where = null;
            }
            if (limit != null && limit < 1) {
                throw new IllegalArgumentException("limit must be positive, got " + limit);
            }
        }

        public static Target of(String name, List<String> fields) {
            return new Target(name, fields, null, null);
        }

        public Target withWhere(String soqlCondition) {
            return new Target(name, fields, soqlCondition, limit);
        }

        public Target withLimit(int max) {
            return new Target(name, fields, where, max);
        }
    }
}
