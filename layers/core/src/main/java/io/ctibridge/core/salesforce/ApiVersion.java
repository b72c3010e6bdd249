package io.ctibridge.core.salesforce;

import java.util.regex.Pattern;

/**
 * A Salesforce REST API version such as {@code v68.0}, as it appears in {@code /services/data/v68.0/}.
 *
 * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_versions.htm">Versions</a>
 */
public record ApiVersion(String value) {

    private static final Pattern FORMAT = Pattern.compile("v[1-9][0-9]\\.0");

    /** Winter '27, the current release. */
    public static final ApiVersion DEFAULT = new ApiVersion("v68.0");

    public ApiVersion {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new SalesforceConfigException(
                    "API version must look like v68.0, got " + (value == null ? "null" : '"' + value + '"'));
        }
    }

    public static ApiVersion of(String value) {
        return new ApiVersion(value);
    }

    /** The data services root of this version, {@code /services/data/v68.0/}. */
    public String dataPath() {
        return "/services/data/" + value + "/";
    }

    @Override
    public String toString() {
        return value;
    }
}
