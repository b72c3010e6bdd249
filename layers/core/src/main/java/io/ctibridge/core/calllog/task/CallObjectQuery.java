package io.ctibridge.core.calllog.task;

import io.ctibridge.core.salesforce.Soql;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Looks for Tasks already created for contacts whose ledger claim was left PENDING (the Task may have been
 * created just before the claimant failed): one query per 100 ContactIds, on CallObject, which holds the ContactId.
 * SOQL, unlike search, sees a record as soon as it is committed.
 */
public final class CallObjectQuery {

    private CallObjectQuery() {}

    /** The oldest Task of each contact that has one, by ContactId. */
    public static Map<String, String> byContactId(
            SalesforceApi salesforce, String object, Collection<String> contactIds) {
        List<String> ids = List.copyOf(contactIds);
        Map<String, String> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += OwnerResolver.MAX_IN_VALUES) {
            String values = ids.subList(from, Math.min(ids.size(), from + OwnerResolver.MAX_IN_VALUES)).stream()
                    .map(Soql::quote)
                    .collect(Collectors.joining(", "));
            List<SObject> tasks = salesforce.query("SELECT Id, CallObject FROM " + Soql.identifier(object)
                    + " WHERE CallObject IN (" + values + ") ORDER BY CreatedDate ASC");
            tasks.forEach(task -> task.string("CallObject")
                    .ifPresent(
                            contactId -> found.putIfAbsent(contactId, task.id().orElseThrow())));
        }
        return found;
    }
}
