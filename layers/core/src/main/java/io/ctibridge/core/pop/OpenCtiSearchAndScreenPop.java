package io.ctibridge.core.pop;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The argument of {@code sforce.opencti.searchAndScreenPop}, for adapters that let the org's softphone layout decide
 * what a search finds (pop the single match, the search page for several, a new record for none). Add the
 * {@code callback} and pass it as is.
 * See https://developer.salesforce.com/docs/atlas.en-us.api_cti.meta/api_cti/sforce_api_cti_searchandscreenpop_lex.htm
 *
 * @param searchParams       what to search for: the caller's number, "" when withheld or invalid
 * @param queryParams        appended to the screen-pop URL; none needed here, so ""
 * @param defaultFieldValues prefill of the new record the layout opens when nothing is found
 * @param callType           always {@code INBOUND}: this API serves calls coming in
 * @param deferred           true when the profile wants the agent to choose from a list: Salesforce searches but does
 *                           not navigate, and the result's {@code SCREEN_POP_DATA} lets the adapter pop later
 */
public record OpenCtiSearchAndScreenPop(
        String searchParams,
        String queryParams,
        Map<String, Object> defaultFieldValues,
        String callType,
        boolean deferred) {

    public static final String INBOUND = "INBOUND";

    public OpenCtiSearchAndScreenPop {
        Objects.requireNonNull(searchParams, "searchParams");
        Objects.requireNonNull(queryParams, "queryParams");
        defaultFieldValues = Collections.unmodifiableMap(new LinkedHashMap<>(defaultFieldValues));
        Objects.requireNonNull(callType, "callType");
    }

    /**
     * @param callerNumber E.164, or "" when unknown
     * @param pop          the pop chosen for the status: a list means a deferred search
     * @param newRecord    the form the profile opens for an unknown caller
     */
    public static OpenCtiSearchAndScreenPop of(String callerNumber, Pop pop, Pop.NewRecordForm newRecord) {
        return new OpenCtiSearchAndScreenPop(
                callerNumber, "", newRecord.fieldValues(), INBOUND, pop instanceof Pop.ShowMatches);
    }
}
