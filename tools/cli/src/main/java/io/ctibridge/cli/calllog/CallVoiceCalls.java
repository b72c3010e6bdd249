package io.ctibridge.cli.calllog;

import io.ctibridge.core.salesforce.Soql;
import io.ctibridge.core.salesforce.api.SObject;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import java.util.List;

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
        return salesforce.query("SELECT " + String.join(", ", FIELDS) + " FROM VoiceCall WHERE VendorCallKey = "
                + Soql.quote(contactId));
    }
}
