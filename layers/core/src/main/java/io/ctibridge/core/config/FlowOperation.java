package io.ctibridge.core.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named operation a contact flow may invoke (parameter {@code operation}) besides the phone lookup: find a record
 * by what the caller keyed in, create one, or update one. Everything it reads or writes is named here: the flow
 * passes values only, never field or object names, so a profile's operations are the allow-list of what flows can
 * touch in Salesforce.
 *
 * @param name             how the flow names it, {@code [A-Za-z][A-Za-z0-9_-]{0,39}}
 * @param kind             find, create or update
 * @param object           the object read or written, e.g. {@code Case}
 * @param inputs           the flow parameters it takes, each with its rule
 * @param match            find: field ← input name, ANDed ({@code {"CaseNumber": "caseNumber"}})
 * @param filters          find: more conditions on constants ({@code IsClosed = false})
 * @param returnFields     fields answered to the flow as {@code record.<Field>}; find may follow relationships
 * @param orderBy          find: how several records rank (default {@code CreatedDate}, newest first)
 * @param onMultiple       find: what several records answer (default {@code MULTIPLE})
 * @param fields           create, update: field ← a constant or a template such as {@code "IVR: ${input.reason}"}
 * @param target           update: {@code lookup} (the caller lookup's best match) or the name of an earlier find or
 *                         create whose record is updated
 * @param idempotencyField create: a text field (External ID, unique) that receives {@code <ContactId>.<name>}, so
 *                         that Connect's retries find the first attempt's record instead of creating another
 * @param popRecord        the screen pop opens the record this operation found or created
 * @param relateCallLog    the call's Task is related to that record (WhatId)
 */
public record FlowOperation(
        String name,
        OperationKind kind,
        String object,
        Map<String, FlowInput> inputs,
        Map<String, String> match,
        List<FieldFilter> filters,
        List<String> returnFields,
        OrderBy orderBy,
        MultipleMatches onMultiple,
        Map<String, ScalarValue> fields,
        String target,
        String idempotencyField,
        boolean popRecord,
        boolean relateCallLog) {

    /** {@code target} of an update of the caller lookup's best match. */
    public static final String LOOKUP_TARGET = "lookup";

    public FlowOperation {
        inputs = ordered(inputs);
        match = ordered(match);
        filters = filters == null ? List.of() : List.copyOf(filters);
        returnFields = returnFields == null ? List.of() : List.copyOf(returnFields);
        orderBy = orderBy == null ? OrderBy.NEWEST_FIRST : orderBy;
        onMultiple = onMultiple == null ? MultipleMatches.MULTIPLE : onMultiple;
        fields = ordered(fields);
    }

    @JsonCreator
    static FlowOperation fromJson(
            @JsonProperty("name") String name,
            @JsonProperty("kind") OperationKind kind,
            @JsonProperty("object") String object,
            @JsonProperty("inputs") Map<String, FlowInput> inputs,
            @JsonProperty("match") Map<String, String> match,
            @JsonProperty("filters") List<FieldFilter> filters,
            @JsonProperty("returnFields") List<String> returnFields,
            @JsonProperty("orderBy") OrderBy orderBy,
            @JsonProperty("onMultiple") MultipleMatches onMultiple,
            @JsonProperty("fields") Map<String, ScalarValue> fields,
            @JsonProperty("target") String target,
            @JsonProperty("idempotencyField") String idempotencyField,
            @JsonProperty("popRecord") Boolean popRecord,
            @JsonProperty("relateCallLog") Boolean relateCallLog) {
        return new FlowOperation(
                name,
                kind,
                object,
                inputs,
                match,
                filters,
                returnFields,
                orderBy,
                onMultiple,
                fields,
                target,
                idempotencyField,
                Boolean.TRUE.equals(popRecord),
                Boolean.TRUE.equals(relateCallLog));
    }

    public boolean updatesTheLookupMatch() {
        return LOOKUP_TARGET.equals(target);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
