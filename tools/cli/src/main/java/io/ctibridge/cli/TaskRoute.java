package io.ctibridge.cli;

import com.sun.net.httpserver.HttpExchange;
import io.ctibridge.cli.calllog.CallTasks;
import io.ctibridge.cli.calllog.CallVoiceCalls;
import io.ctibridge.core.config.FieldMapping;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.salesforce.SalesforceException;
import io.ctibridge.core.salesforce.api.SObject;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /local/tasks?callObject=<contactId>}: the Tasks Salesforce holds for a contact
 * ({@code ?vendorCallKey=<contactId>}: its VoiceCalls), read with the
 * functions' own Salesforce client (the integration user). Local only, read only: it lets {@code simulate-call}
 * check the call log against a running local stack without credentials of its own. Not a deployed route.
 */
final class TaskRoute {

    static final String ROUTE = "/local/tasks";

    private final LocalFunctions functions;

    TaskRoute(LocalFunctions functions) {
        this.functions = functions;
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!LocalExchanges.requireMethod(exchange, "GET", "with ?callObject=<contactId>")) {
                return;
            }
            Optional<String> vendorCallKey = parameter(exchange.getRequestURI().getRawQuery(), "vendorCallKey");
            if (vendorCallKey.isPresent()) {
                respond(exchange, () -> findVoiceCalls(vendorCallKey.get()));
                return;
            }
            Optional<String> callObject = callObject(exchange.getRequestURI().getRawQuery());
            if (callObject.isEmpty()) {
                LocalExchanges.respond(exchange, 400, Map.of("error", "give ?callObject=<contactId>"));
                return;
            }
            respond(exchange, () -> find(callObject.get()));
        }
    }

    /** The Task with the fields the default profile maps too (bin/local's demo profile fills custom fields). */
    private List<SObject> find(String contactId) {
        return withProfileFields(fields -> CallTasks.find(functions.salesforce().get(), contactId, fields));
    }

    /** The VoiceCall the same way: the profile's fields reach it too (callAttributes, Contact Lens updates). */
    private List<SObject> findVoiceCalls(String contactId) {
        return withProfileFields(
                fields -> CallVoiceCalls.find(functions.salesforce().get(), contactId, fields));
    }

    /**
     * The query with the profile's fields; a field the org lacks must not hide the record, so the plain read (no
     * extra fields) follows a refused one.
     */
    private List<SObject> withProfileFields(java.util.function.Function<List<String>, List<SObject>> query) {
        List<String> mapped = profileFields();
        if (!mapped.isEmpty()) {
            try {
                return query.apply(mapped);
            } catch (SalesforceException e) {
                // fall through to the fields every record has
            }
        }
        return query.apply(List.of());
    }

    /** The fields the default profile fills beyond the call log's own: its mappings and Contact Lens fields. */
    private List<String> profileFields() {
        try {
            var callLog = functions.profiles().get(Profile.DEFAULT_NAME).callLog();
            List<String> fields = new java.util.ArrayList<>(
                    callLog.fieldMappings().stream().map(FieldMapping::field).toList());
            if (callLog.contactLens().enabled()) {
                // The analysis's summary and sentiments, written by contact-analysis.
                fields.addAll(callLog.contactLens().fieldsBySetting().values());
            }
            return List.copyOf(fields);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static void respond(HttpExchange exchange, java.util.function.Supplier<List<SObject>> query)
            throws IOException {
        List<SObject> records;
        try {
            records = query.get();
        } catch (SalesforceException e) {
            LocalExchanges.respond(exchange, 502, Map.of("error", "Salesforce: " + e.getMessage()));
            return;
        }
        LocalExchanges.respond(
                exchange,
                200,
                Map.of("records", records.stream().map(SObject::fields).toList()));
    }

    private static Optional<String> callObject(String rawQuery) {
        return parameter(rawQuery, "callObject");
    }

    private static Optional<String> parameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith(name + "=")) {
                String value = URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8)
                        .strip();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
