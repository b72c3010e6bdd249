package io.ctibridge.core.config;

/**
 * How a find ranks several records: by a field, most recent (or greatest) first unless {@code ascending}.
 *
 * @param field     a field of the object, e.g. {@code CreatedDate}
 * @param ascending smallest first (default false)
 */
public record OrderBy(String field, Boolean ascending) {

    public static final OrderBy NEWEST_FIRST = new OrderBy("CreatedDate", false);

    public OrderBy {
        ascending = ascending == null ? Boolean.FALSE : ascending;
    }
}
