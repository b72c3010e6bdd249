package io.ctibridge.core.salesforce;

import java.util.regex.Pattern;

/**
 * Safe pieces of SOQL: string literals and names. Caller input reaches a query only through these.
 *
 * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_quotedstringescapes.htm">Quoted String Escape Sequences</a>
 */
public final class Soql {

    // API names: a letter, then letters, digits and single underscores; "__" only as a namespace or
    // suffix separator (ns__Field__c, Account__r); never ending in "_".
    private static final Pattern NAME = Pattern.compile("[A-Za-z](?:[A-Za-z0-9]|_{1,2}(?=[A-Za-z0-9]))*+");
    private static final int MAX_NAME_LENGTH = 80;

    private Soql() {}

    /** {@code value} as a quoted SOQL string literal, e.g. {@code O'Brien} → {@code 'O\'Brien'}. */
    public static String quote(String value) {
        return "'" + escape(value) + "'";
    }

    /** Escapes {@code value} for use inside single quotes: backslash, quotes and control characters. */
    public static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Escapes {@code value} for a LIKE pattern: as {@link #escape} plus the wildcards {@code _} and
     * {@code %}, so the caller's text matches literally. Add your own {@code %} around it.
     */
    public static String escapeLike(String value) {
        return escape(value).replace("_", "\\_").replace("%", "\\%");
    }

    /** Returns {@code name} if it is a valid object or field API name (e.g. {@code Contact}, {@code ns__Score__c}). */
    public static String identifier(String name) {
        if (name == null
                || name.length() > MAX_NAME_LENGTH
                || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid Salesforce API name: " + printable(name));
        }
        return name;
    }

    /** Returns {@code path} if it is a field name or a relationship path such as {@code Account.Owner.Name}. */
    public static String fieldPath(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("not a valid Salesforce field path: " + printable(path));
        }
        for (String part : path.split("\\.", -1)) {
            if (part.length() > MAX_NAME_LENGTH || !NAME.matcher(part).matches()) {
                throw new IllegalArgumentException("not a valid Salesforce field path: " + printable(path));
            }
        }
        return path;
    }

    // Bad names come from configuration, but may be anything: show a bounded, quoted excerpt.
    private static String printable(String name) {
        if (name == null) {
            return "null";
        }
        return '"' + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + '"';
    }
}
