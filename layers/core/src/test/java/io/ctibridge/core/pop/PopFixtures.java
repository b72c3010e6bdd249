package io.ctibridge.core.pop;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import java.time.Instant;
import java.util.List;

/** Lookup results and profiles for the pop tests. */
final class PopFixtures {

    static final String CONTACT_ID = "5ca32fbd-8f92-46af-92a5-6b0f970f0efe";
    static final String CALLER = "+14155550123";
    static final Instant LOOKED_UP_AT = Instant.parse("2026-11-25T15:00:01Z");

    static final CallerMatch ADA = new CallerMatch(
            "003000000000001AAA", "Contact", "Ada Lovelace", "001000000000001AAA", "Analytical Engines Ltd", "Phone");
    static final CallerMatch GRACE =
            new CallerMatch("003000000000002AAA", "Contact", "Grace Hopper", null, null, "MobilePhone");

    private PopFixtures() {}

    static LookupResult result(LookupStatus status, String callerNumber, List<CallerMatch> matches) {
        return new LookupResult(CONTACT_ID, "test", status, callerNumber, matches, "fixture", LOOKED_UP_AT);
    }

    static LookupResult match() {
        return result(LookupStatus.MATCH, CALLER, List.of(ADA));
    }

    static LookupResult multiple() {
        return result(LookupStatus.MULTIPLE, CALLER, List.of(ADA, GRACE));
    }

    static LookupResult none() {
        return result(LookupStatus.NONE, CALLER, List.of());
    }

    static LookupResult withheld() {
        return result(LookupStatus.WITHHELD, "", List.of());
    }

    static LookupResult invalid() {
        return result(LookupStatus.INVALID, "", List.of());
    }

    static LookupResult unavailable() {
        return result(LookupStatus.UNAVAILABLE, CALLER, List.of());
    }

    /** Every status, as the lookup produces it. */
    static List<LookupResult> everyStatus() {
        return List.of(match(), multiple(), none(), withheld(), invalid(), unavailable());
    }

    /** The documented defaults. */
    static Profile defaults() {
        return Profile.defaults("test");
    }

    /** {@code {"profile": "test", "popRules": <rules>}} parsed as a stored profile would be. */
    static Profile withRules(String popRulesJson) {
        return new ProfileParser().parse("{\"profile\": \"test\", \"popRules\": " + popRulesJson + "}");
    }

    /** Lead forms with defaults, a flow for withheld callers, the agent choosing among several matches. */
    static Profile leadsAndFlow() {
        return withRules("""
                {"MULTIPLE": {"action": "LIST"},
                 "NONE": {"action": "NEW_RECORD", "object": "Lead", "phoneField": "MobilePhone",
                          "defaultFieldValues": {"LeadSource": "Phone Inquiry", "Company": "Unknown", "Rating__c": 3}},
                 "WITHHELD": {"action": "FLOW", "flowDevName": "Anonymous_Caller_Intake",
                              "flowArgs": [{"name": "channel", "type": "String", "value": "phone"},
                                           {"name": "urgent", "type": "Boolean", "value": true}]}}""");
    }

    /** Several rule sets that a contact center may configure. */
    static List<Profile> variedProfiles() {
        return List.of(defaults(), leadsAndFlow(), withRules("""
                        {"MULTIPLE": {"action": "TOP_RECORD"},
                         "NONE": {"action": "FLOW", "flowDevName": "New_Caller"},
                         "INVALID": {"action": "FLOW", "flowDevName": "Bad_Number", "flowArgs": []},
                         "UNAVAILABLE": {"action": "NEW_RECORD", "object": "Case", "phoneField": "SuppliedPhone",
                                         "defaultFieldValues": {"Origin": "Phone", "IsEscalated": false}}}"""));
    }
}
