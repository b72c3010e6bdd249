package io.ctibridge.core.salesforce;

/**
 * Safe SOSL search terms. Caller input reaches a FIND clause or a parameterizedSearch {@code q} only
 * through these.
 *
 * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_sosl_find.htm">FIND clause: reserved characters</a>
 */
public final class Sosl {

    private static final String RESERVED = "?&|!{}[]()^~*:\\\"'+-";

    private Sosl() {}

    /**
     * Backslash-escapes SOSL's reserved characters {@code ? & | ! { } [ ] ( ) ^ ~ * : \ " ' + -}, so
     * wildcards and braces in {@code term} are literal. Words such as {@code OR} stay operators: use
     * {@link #phrase} when the whole term must be searched as typed.
     */
    public static String escapeTerm(String term) {
        StringBuilder out = new StringBuilder(term.length() + 8);
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (RESERVED.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** {@code term} escaped and in double quotes: an exact phrase, in which AND, OR and NOT are plain words. */
    public static String phrase(String term) {
        return '"' + escapeTerm(term) + '"';
    }
}
