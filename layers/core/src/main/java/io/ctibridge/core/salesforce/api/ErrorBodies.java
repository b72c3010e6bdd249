package io.ctibridge.core.salesforce.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.ctibridge.core.salesforce.DuplicateValueException;
import io.ctibridge.core.salesforce.InvalidFieldException;
import io.ctibridge.core.salesforce.InvalidSessionException;
import io.ctibridge.core.salesforce.MalformedQueryException;
import io.ctibridge.core.salesforce.RequestLimitExceededException;
import io.ctibridge.core.salesforce.SalesforceApiException;
import io.ctibridge.core.salesforce.SalesforceError;
import io.ctibridge.core.salesforce.ServiceUnavailableException;
import io.ctibridge.core.salesforce.UnableToLockRowException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Salesforce error answer, {@code [{"message","errorCode","fields"}]}, into the matching exception.
 * The error code decides first; the HTTP status decides when the code is not one we react to.
 *
 * @see <a href="https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm">Status Codes and Error Responses</a>
 */
final class ErrorBodies {

    private static final int MAX_UNPARSED_MESSAGE = 200;

    private ErrorBodies() {}

    static SalesforceApiException toException(int status, String body) {
        return toException(status, parse(body));
    }

    static SalesforceApiException toException(int status, List<SalesforceError> errors) {
        String code = errors.isEmpty() ? "" : errors.getFirst().errorCode();
        return switch (code) {
            case "INVALID_SESSION_ID" -> new InvalidSessionException(status, errors);
            case "REQUEST_LIMIT_EXCEEDED" -> new RequestLimitExceededException(status, errors);
            case "MALFORMED_QUERY", "MALFORMED_SEARCH", "INVALID_SEARCH" -> new MalformedQueryException(status, errors);
            case "INVALID_FIELD", "INVALID_TYPE" -> new InvalidFieldException(status, errors);
            case "DUPLICATE_VALUE", "DUPLICATES_DETECTED" -> new DuplicateValueException(status, errors);
            case "UNABLE_TO_LOCK_ROW" -> new UnableToLockRowException(status, errors);
            case "SERVER_UNAVAILABLE" -> new ServiceUnavailableException(status, errors);
            default -> byStatus(status, errors);
        };
    }

    static List<SalesforceError> parse(String body) {
        try {
            return parse(Json.MAPPER.readTree(body));
        } catch (JacksonException notJson) {
            // An HTML error page from a proxy or a maintenance window: keep a bounded excerpt.
            return List.of(new SalesforceError("", excerpt(body), List.of()));
        }
    }

    static List<SalesforceError> parse(JsonNode body) {
        List<SalesforceError> errors = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(error -> errors.add(toError(error)));
        } else if (body != null && body.isObject()) {
            errors.add(toError(body));
        }
        return errors;
    }

    private static SalesforceApiException byStatus(int status, List<SalesforceError> errors) {
        if (status == 401) {
            return new InvalidSessionException(status, errors);
        }
        if (status >= 500) {
            return new ServiceUnavailableException(status, errors);
        }
        return new SalesforceApiException(status, errors);
    }

    private static SalesforceError toError(JsonNode error) {
        List<String> fields = new ArrayList<>();
        error.path("fields").forEach(field -> fields.add(field.asText()));
        String code = error.path("errorCode")
                .asText(error.path("statusCode").asText(error.path("error").asText("")));
        String message =
                error.path("message").asText(error.path("error_description").asText(""));
        return new SalesforceError(code, message, fields);
    }

    private static String excerpt(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() > MAX_UNPARSED_MESSAGE ? text.substring(0, MAX_UNPARSED_MESSAGE) + "…" : text;
    }
}
