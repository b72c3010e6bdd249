package io.ctibridge.core.config.parse;

import java.util.regex.Pattern;

/**
 * Salesforce API-name rules, so that a profile cannot carry something that is not a name into a query: a letter
 * first, then letters, digits and single underscores, no trailing underscore; an optional namespace prefix
 * ({@code ns__}); custom names end in {@code __c} (fields, objects) or {@code __r} (relationships).
 */
final class SalesforceNames {

    private static final int MAX_LENGTH = 80;
    private static final String BASE = "[A-Za-z](?:_?[A-Za-z0-9])*";
    /** A managed package's prefix; only custom names carry one. */
    private static final String NAMESPACE = "(?:" + BASE + "__)?";

    private static final String OBJECT_NAME = "(?:" + BASE + "|" + NAMESPACE + BASE + "__c)";
    private static final String FIELD_NAME = "(?:" + BASE + "|" + NAMESPACE + BASE + "__p?c)";
    private static final String RELATIONSHIP_NAME = "(?:" + BASE + "|" + NAMESPACE + BASE + "__p?r)";
    private static final Pattern OBJECT = Pattern.compile(OBJECT_NAME);
    private static final Pattern FIELD = Pattern.compile(FIELD_NAME);
    /** SOQL follows at most five parent relationships. */
    private static final Pattern FIELD_PATH = Pattern.compile("(?:" + RELATIONSHIP_NAME + "\\.){0,5}" + FIELD_NAME);

    private static final Pattern DEVELOPER_NAME = Pattern.compile(NAMESPACE + BASE);
    /** 15- or 18-character Id with the User key prefix. */
    private static final Pattern USER_ID = Pattern.compile("005[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?");

    static final String NAME_RULE =
            "letters, digits and single underscores, starting with a letter;" + " custom names end in __c";

    private SalesforceNames() {}

    static boolean isObject(String name) {
        return matches(OBJECT, name);
    }

    static boolean isField(String name) {
        return matches(FIELD, name);
    }

    /** A field, or a path to a parent's field such as {@code Account.Owner.Name}. */
    static boolean isFieldPath(String path) {
        return path != null
                && path.length() <= 5 * MAX_LENGTH
                && FIELD_PATH.matcher(path).matches()
                && java.util.Arrays.stream(path.split("\\.")).allMatch(part -> part.length() <= MAX_LENGTH);
    }

    /** API name of a flow or of a flow variable. */
    static boolean isDeveloperName(String name) {
        return matches(DEVELOPER_NAME, name);
    }

    static boolean isUserId(String id) {
        return id != null && USER_ID.matcher(id).matches();
    }

    private static boolean matches(Pattern pattern, String name) {
        return name != null
                && name.length() <= MAX_LENGTH
                && pattern.matcher(name).matches();
    }
}
