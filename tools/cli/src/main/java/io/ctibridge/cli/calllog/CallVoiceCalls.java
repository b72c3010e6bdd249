package io.ctibridge.cli.calllog;

import io.ctibridge.core.salesforce.Soql;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads back the VoiceCall the call logger made for a contact: its VendorCallKey is the ContactId. */
public final class CallVoiceCalls {

    /** Documented VoiceCall fields only, so that the same query runs against a real org. */
    public static final List<String> FIELDS = List.of(
            "Id",
            "CallType",
            "VendorCallKey",
            "FromPhoneNumber",
            "ToPhoneNumber",
            "CallStartDateTime",
            "CallEndDateTime",
            "CallDurationInSeconds",
            "RelatedRecordId",
            "PreviousCallId",
            "NextCallId",
            "CallRecordingId");

    private CallVoiceCalls() {}

    public static List<SObject> find(SalesforceApi salesforce, String contactId) {
        return find(salesforce, contactId, List.of());
    }

    /**
     * The same with more fields: those the profile's field mappings and Contact Lens settings fill (validated field
     * API names only).
     */
    public static List<SObject> find(SalesforceApi salesforce, String contactId, List<String> moreFields) {
        Set<String> fields = new LinkedHashSet<>(FIELDS);
        fields.addAll(moreFields);
        return salesforce.query("SELECT " + String.join(", ", fields) + " FROM VoiceCall WHERE VendorCallKey = "
                + Soql.quote(contactId));
    }
}
