package io.ctibridge.bench;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.lookup.CallerSearch;
import io.ctibridge.core.phone.CallerNumber;
import io.ctibridge.core.salesforce.Deadline;
import io.ctibridge.core.salesforce.api.SObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search that answers from memory with what the emulator's demo org returns for the sample event's caller
 * (+1 415 555 0123): two Contacts of one Account sharing the front-desk line, typed two ways, with the fields the
 * default profile asks for. The lookup still checks every phone field and ranks them (MULTIPLE, most recently
 * modified first), so only the network is missing from the measured path.
 */
public final class CannedCallerSearch implements CallerSearch {

    private static final List<SObject> FRONT_DESK = List.of(
            contact("003000000000001AAA", "Jane Doe", "(415) 555-0123", "415-555-0124", "2026-09-14T16:20:00.000+0000"),
            contact("003000000000002AAA", "Jim Doe", "415.555.0123", null, "2026-11-02T08:45:00.000+0000"));

    @Override
    public List<SObject> candidates(CallerNumber.Valid caller, Profile profile, Deadline deadline) {
        return FRONT_DESK;
    }

    private static SObject contact(String id, String name, String phone, String mobile, String lastModified) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Id", id);
        fields.put("Name", name);
        fields.put("Phone", phone);
        fields.put("MobilePhone", mobile);
        fields.put("HomePhone", null);
        fields.put("OtherPhone", null);
        fields.put("AccountId", "001000000000001AAA");
        fields.put("Account", Map.of("Name", "Acme Robotics"));
        fields.put("LastModifiedDate", lastModified);
        return SObject.of("Contact", fields);
    }
}
