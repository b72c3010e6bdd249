package io.ctibridge.core.config;

/**
 * One condition on a searched object, e.g. {@code IsConverted = false} on Lead. Structured rather than raw SOQL
 * so that the lookup builds its WHERE clause itself, escaping the value.
 *
 * @param field a field of the object, or a path through parent relationships ({@code Account.Type})
 * @param op    the comparison
 * @param value what to compare with; {@link ScalarValue#NULL} for an empty field
 */
public record FieldFilter(String field, FilterOperator op, ScalarValue value) {}
