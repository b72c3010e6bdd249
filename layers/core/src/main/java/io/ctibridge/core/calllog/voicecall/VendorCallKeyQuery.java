package io.ctibridge.core.calllog.voicecall;

import io.ctibridge.core.salesforce.Soql;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Looks for VoiceCalls a create whose answer was lost may have made: one REST query per 100 ContactIds on
 * VendorCallKey (an idLookup field), which ctibridge sets to the ContactId. As for a Task's CallObject, SOQL sees a
 * record as soon as it is committed.
 */
public final class VendorCallKeyQuery {

    private static final int MAX_IN_VALUES = 100;

    private VendorCallKeyQuery() {}

    /** The oldest VoiceCall of each contact that has one, by ContactId. */
    public static Map<String, String> byContactId(SalesforceApi salesforce, Collection<String> contactIds) {
        List<String> ids = List.copyOf(contactIds);
        Map<String, String> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += MAX_IN_VALUES) {
            String values = ids.subList(from, Math.min(ids.size(), from + MAX_IN_VALUES)).stream()
                    .map(Soql::quote)
                    .collect(Collectors.joining(", "));
            List<SObject> calls = salesforce.query("SELECT Id, VendorCallKey FROM VoiceCall WHERE VendorCallKey IN ("
                    + values + ") ORDER BY CreatedDate ASC");
            calls.forEach(call -> call.string("VendorCallKey")
                    .ifPresent(key -> found.putIfAbsent(key, call.id().orElseThrow())));
        }
        return found;
    }
}
