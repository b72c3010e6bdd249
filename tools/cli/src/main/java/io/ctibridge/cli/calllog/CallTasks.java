package io.ctibridge.cli.calllog;

import io.ctibridge.core.salesforce.Soql;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads back the Task the call logger made for a contact: Salesforce keeps the ContactId in {@code CallObject}. */
public final class CallTasks {

    /** The fields the call logger writes, as an operator checks them. */
    public static final List<String> FIELDS = List.of(
            "Id",
            "Subject",
            "Status",
            "Priority",
            "Type",
            "TaskSubtype",
            "CallType",
            "CallObject",
            "CallDurationInSeconds",
            "CallDisposition",
            "WhoId",
            "WhatId",
            "OwnerId",
            "ActivityDate",
            "Description");

    private CallTasks() {}

    public static List<SObject> find(SalesforceApi salesforce, String contactId) {
        return find(salesforce, contactId, List.of());
    }

    /**
     * The same with more fields, e.g. those a profile's {@code callLog.fieldMappings} fill; the names come from a
     * validated profile (field API names only).
     */
    public static List<SObject> find(SalesforceApi salesforce, String contactId, List<String> moreFields) {
        Set<String> fields = new LinkedHashSet<>(FIELDS);
        fields.addAll(moreFields);
        return salesforce.query(
                "SELECT " + String.join(", ", fields) + " FROM Task WHERE CallObject = " + Soql.quote(contactId));
    }
}
