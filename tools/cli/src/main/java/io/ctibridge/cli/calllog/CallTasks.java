package io.ctibridge.cli.calllog;

import io.ctibridge.core.salesforce.Soql;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import java.util.List;

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
        return salesforce.query(
                "SELECT " + String.join(", ", FIELDS) + " FROM Task WHERE CallObject = " + Soql.quote(contactId));
    }
}
