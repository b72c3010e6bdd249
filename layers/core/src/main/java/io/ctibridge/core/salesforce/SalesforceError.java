package io.ctibridge.core.salesforce;

import java.util.List;

/**
 * One entry of a Salesforce REST error body, {@code [{"message","errorCode","fields"}]}.
 *
 * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm">Status Codes and Error Responses</a>
 */
public record SalesforceError(String errorCode, String message, List<String> fields) {

    public SalesforceError {
        errorCode = errorCode == null ? "" : errorCode;
        message = message == null ? "" : message;
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
