package io.ctibridge.cli.doctor;

import io.ctibridge.core.config.CallLog;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields the call log may write on its object: those of {@code io.ctibridge.core.calllog.task.TaskFields}
 * (WhoId, WhatId, OwnerId and CallDisposition only for some calls, so all are checked), the profile's extras and
 * the fields its {@code fieldMappings} fill (a mapped value may be absent from a call, so all are checked), and
 * its Contact Lens fields when enabled.
 */
final class CallLogFields {

    /** Set on create only: Salesforce does not let it change afterwards. */
    static final String CREATE_ONLY = CallLog.CREATE_ONLY_FIELD;

    private CallLogFields() {}

    /** Every field a create writes, the create-only one included. */
    static List<String> of(CallLog callLog) {
        List<String> fields = new ArrayList<>(callLog.extraFields().keySet());
        callLog.fieldMappings().forEach(mapping -> fields.add(mapping.field()));
        fields.addAll(CallLog.WRITTEN_FIELDS);
        fields.add(CREATE_ONLY);
        if (callLog.contactLens().enabled()) {
            // Written by the contact-analysis function, on create (folded in) or by update.
            fields.addAll(callLog.contactLens().fieldsBySetting().values());
        }
        return fields;
    }
}
