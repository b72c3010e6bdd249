package io.ctibridge.core.salesforce.api;

import io.ctibridge.core.salesforce.Soql;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One subrequest of a Composite request. {@code url} is either a full path ({@code /services/data/v68.0/…})
 * or relative to the client's API version ({@code query?q=…}, {@code sobjects/Task}). {@code body} may be null.
 */
public record CompositeSubrequest(String method, String url, String referenceId, Object body) {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PATCH", "PUT", "DELETE");
    private static final Pattern REFERENCE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,79}");

    public CompositeSubrequest {
        if (method == null || !METHODS.contains(method)) {
            throw new IllegalArgumentException("method must be one of " + METHODS + ", got " + method);
        }
        if (url == null || url.isBlank() || url.contains("://")) {
            throw new IllegalArgumentException("url must be a path on the instance, got " + url);
        }
        if (referenceId == null || !REFERENCE_ID.matcher(referenceId).matches()) {
            throw new IllegalArgumentException(
                    "referenceId must start with a letter and hold only letters, digits and _, got " + referenceId);
        }
    }

    /** A SOQL query; its subresponse body is a query result (see {@link CompositeSubresponse#records()}). */
    public static CompositeSubrequest query(String referenceId, String soql) {
        return new CompositeSubrequest(
                "GET",
                "query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8).replace("+", "%20"),
                referenceId,
                null);
    }

    /** Creates one record; its subresponse body is {@code {"id","success","errors"}}. */
    public static CompositeSubrequest create(String referenceId, String sobjectType, Map<String, Object> fields) {
        return new CompositeSubrequest("POST", "sobjects/" + Soql.identifier(sobjectType), referenceId, fields);
    }
}
