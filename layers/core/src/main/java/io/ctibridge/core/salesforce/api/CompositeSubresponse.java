package io.ctibridge.core.salesforce.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ctibridge.core.salesforce.SalesforceApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The answer to one subrequest: its own HTTP status and body (a Composite call itself answers 200). */
public record CompositeSubresponse(
        String referenceId, int httpStatusCode, Map<String, String> httpHeaders, JsonNode body) {

    public CompositeSubresponse {
        httpHeaders = httpHeaders == null ? Map.of() : Map.copyOf(httpHeaders);
    }

    public boolean isSuccess() {
        return httpStatusCode >= 200 && httpStatusCode < 300;
    }

    /** The records of a query subresponse (empty for other kinds). */
    public List<SObject> records() {
        List<SObject> records = new ArrayList<>();
        if (isSuccess() && body != null) {
            body.path("records").forEach(record -> records.add(SObject.fromWire(record)));
        }
        return records;
    }

    /** The id a create subrequest returned. */
    public Optional<String> id() {
        return isSuccess() && body != null && body.path("id").isTextual()
                ? Optional.of(body.get("id").asText())
                : Optional.empty();
    }

    /** The failure as the exception a direct call would have thrown; empty when the subrequest succeeded. */
    public Optional<SalesforceApiException> error() {
        return isSuccess()
                ? Optional.empty()
                : Optional.of(ErrorBodies.toException(httpStatusCode, ErrorBodies.parse(body)));
    }
}
