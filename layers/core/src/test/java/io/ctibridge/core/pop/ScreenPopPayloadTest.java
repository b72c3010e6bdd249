package io.ctibridge.core.pop;

import static io.ctibridge.core.pop.PopFixtures.ADA;
import static io.ctibridge.core.pop.PopFixtures.CALLER;
import static io.ctibridge.core.pop.PopFixtures.GRACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.config.Profile;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each lookup status gives its pop, by the profile's rules. */
class ScreenPopPayloadTest {

    @Test
    void match_opensTheRecord() {
        ScreenPopPayload payload = ScreenPopPayload.of(PopFixtures.match(), PopFixtures.defaults());
        assertEquals(new Pop.ShowRecord(ADA.id(), "Contact"), payload.pop());
        assertEquals(OpenCtiScreenPop.Type.SOBJECT, payload.screenPop().type());
        assertEquals(Map.of("recordId", ADA.id()), payload.screenPop().params());
        assertEquals(CALLER, payload.callerNumber());
        assertEquals(LookupStatus.MATCH, payload.lookupStatus());
    }

    @Test
    void match_withoutAnyMatchStored_fallsBackToTheUnknownCallerForm() {
        LookupResult broken = PopFixtures.result(LookupStatus.MATCH, CALLER, List.of());
        ScreenPopPayload payload = ScreenPopPayload.of(broken, PopFixtures.defaults());
        assertEquals(new Pop.NewRecordForm("Contact", Map.of("Phone", CALLER)), payload.pop());
    }

    @Test
    void multiple_opensSearchForTheNumber_byDefault() {
        ScreenPopPayload payload = ScreenPopPayload.of(PopFixtures.multiple(), PopFixtures.defaults());
        assertEquals(new Pop.ShowSearch(CALLER), payload.pop());
        assertEquals(OpenCtiScreenPop.Type.SEARCH, payload.screenPop().type());
        assertEquals(Map.of("searchString", CALLER), payload.screenPop().params());
        assertFalse(payload.searchAndScreenPop().deferred());
    }

    @Test
    void multiple_opensTheTopRankedRecord_whenTheProfileSaysTopRecord() {
        Profile top = PopFixtures.withRules("{\"MULTIPLE\": {\"action\": \"TOP_RECORD\"}}");
        ScreenPopPayload payload = ScreenPopPayload.of(PopFixtures.multiple(), top);
        assertEquals(OpenCtiScreenPop.Type.SOBJECT, payload.screenPop().type());
        assertEquals(Map.of("recordId", ADA.id()), payload.screenPop().params());
    }

    @Test
    void multiple_popsNothingAndListsTheMatches_whenTheProfileSaysList() {
        ScreenPopPayload payload = ScreenPopPayload.of(PopFixtures.multiple(), PopFixtures.leadsAndFlow());
        assertEquals(new Pop.ShowMatches(), payload.pop());
        assertNull(payload.screenPop(), "Open CTI has no type for a choice among records");
        assertTrue(payload.searchAndScreenPop().deferred(), "the softphone layout searches without navigating");
        assertEquals(
                List.of(
                        new ScreenPopPayload.Match(
                                ADA.id(),
                                "Contact",
                                "Ada Lovelace",
                                "001000000000001AAA",
                                "Analytical Engines Ltd",
                                "Phone"),
                        new ScreenPopPayload.Match(GRACE.id(), "Contact", "Grace Hopper", null, null, "MobilePhone")),
                payload.matches());
    }

    @Test
    void multiple_searchFallsBackToTheTopRecord_whenTheNumberIsTooShortToSearch() {
        LookupResult shortNumber = PopFixtures.result(LookupStatus.MULTIPLE, "12", List.of(ADA, GRACE));
        ScreenPopPayload payload = ScreenPopPayload.of(shortNumber, PopFixtures.defaults());
        assertEquals(new Pop.ShowRecord(ADA.id(), "Contact"), payload.pop());
    }

    @Test
    void multiple_listWithoutMatches_fallsBackToTheProfilesUnknownCallerRule() {
        LookupResult empty = PopFixtures.result(LookupStatus.MULTIPLE, CALLER, List.of());
        ScreenPopPayload payload = ScreenPopPayload.of(empty, PopFixtures.leadsAndFlow());
        Pop.NewRecordForm form = assertInstanceOf(Pop.NewRecordForm.class, payload.pop());
        assertEquals("Lead", form.object());
        assertEquals(CALLER, form.fieldValues().get("MobilePhone"));
    }

    @Test
    void multiple_withNothingToOpenAndAFlowForUnknownCallers_startsThatFlow() {
        Profile flowForNone =
                PopFixtures.withRules("{\"NONE\": {\"action\": \"FLOW\", \"flowDevName\": \"New_Caller\"}}");
        LookupResult nothing = PopFixtures.result(LookupStatus.MULTIPLE, "", List.of());
        assertEquals(
                new Pop.RunFlow("New_Caller", List.of()),
                ScreenPopPayload.of(nothing, flowForNone).pop());
    }

    @Test
    void none_opensANewContactWithThePhoneFilled_byDefault() {
        ScreenPopPayload payload = ScreenPopPayload.of(PopFixtures.none(), PopFixtures.defaults());
        assertEquals(OpenCtiScreenPop.Type.NEW_RECORD_MODAL, payload.screenPop().type());
        assertEquals(
                Map.of("entityName", "Contact", "defaultFieldValues", Map.of("Phone", CALLER)),
                payload.screenPop().params());
        assertTrue(payload.matches().isEmpty());
    }

    @Test
    void none_opensTheConfiguredObject_withItsDefaultsAndTheNumberInItsPhoneField() {
        ScreenPopPayload payload = ScreenPopPayload.of(PopFixtures.none(), PopFixtures.leadsAndFlow());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("LeadSource", "Phone Inquiry");
        expected.put("Company", "Unknown");
        expected.put("Rating__c", new BigDecimal("3"));
        expected.put("MobilePhone", CALLER);
        assertEquals(
                Map.of("entityName", "Lead", "defaultFieldValues", expected),
                payload.screenPop().params());
    }

    @Test
    void none_theCallersNumberBeatsAConfiguredDefaultForTheSameField() {
        Profile stale = PopFixtures.withRules("""
                {"NONE": {"action": "NEW_RECORD", "defaultFieldValues": {"Phone": "+10000000000", "Title": null}}}""");
        Pop.NewRecordForm form = (Pop.NewRecordForm)
                ScreenPopPayload.of(PopFixtures.none(), stale).pop();
        assertEquals(CALLER, form.fieldValues().get("Phone"));
        assertTrue(form.fieldValues().containsKey("Title"), "an explicit null default is kept");
        assertNull(form.fieldValues().get("Title"));
    }

    @Test
    void withheld_opensANewContactWithoutAPhone_byDefault() {
        ScreenPopPayload payload = ScreenPopPayload.of(PopFixtures.withheld(), PopFixtures.defaults());
        assertEquals(
                Map.of("entityName", "Contact", "defaultFieldValues", Map.of()),
                payload.screenPop().params());
        assertNull(payload.callerNumber());
        assertEquals("", payload.searchAndScreenPop().searchParams());
    }

    @Test
    void withheld_startsTheConfiguredFlowWithItsArguments() {
        ScreenPopPayload payload = ScreenPopPayload.of(PopFixtures.withheld(), PopFixtures.leadsAndFlow());
        assertEquals(OpenCtiScreenPop.Type.FLOW, payload.screenPop().type());
        assertEquals("Anonymous_Caller_Intake", payload.screenPop().params().get("flowDevName"));
        assertEquals(
                List.of(
                        Map.of("name", "channel", "type", "String", "value", "phone"),
                        Map.of("name", "urgent", "type", "Boolean", "value", true)),
                payload.screenPop().params().get("flowArgs"));
    }

    @Test
    void withheld_withAFlow_stillGivesTheSoftphoneLayoutTheUnknownCallerForm() {
        ScreenPopPayload payload = ScreenPopPayload.of(PopFixtures.withheld(), PopFixtures.leadsAndFlow());
        assertEquals(
                Map.of("LeadSource", "Phone Inquiry", "Company", "Unknown", "Rating__c", new BigDecimal("3")),
                payload.searchAndScreenPop().defaultFieldValues(),
                "the NONE form, without a number to fill in");
    }

    @Test
    void invalid_opensTheDefaultForm_withoutANumber() {
        ScreenPopPayload payload = ScreenPopPayload.of(PopFixtures.invalid(), PopFixtures.leadsAndFlow());
        assertEquals(new Pop.NewRecordForm("Contact", Map.of()), payload.pop());
    }

    @Test
    void unavailable_opensTheConfiguredForm_withTheNumberItCouldNotSearch() {
        Profile cases = PopFixtures.variedProfiles().get(2);
        ScreenPopPayload payload = ScreenPopPayload.of(PopFixtures.unavailable(), cases);
        assertEquals(
                new Pop.NewRecordForm("Case", Map.of("Origin", "Phone", "IsEscalated", false, "SuppliedPhone", CALLER)),
                payload.pop());
    }

    @ParameterizedTest
    @EnumSource(
            value = LookupStatus.class,
            names = {"NONE", "WITHHELD", "INVALID", "UNAVAILABLE"})
    void statusesWithoutRecords_neverPopNothing(LookupStatus status) {
        for (Profile profile : PopFixtures.variedProfiles()) {
            for (String number : new String[] {CALLER, ""}) {
                ScreenPopPayload payload = ScreenPopPayload.of(PopFixtures.result(status, number, List.of()), profile);
                assertNotNull(payload.screenPop(), status + " " + profile.popRules());
                assertTrue(
                        payload.screenPop().type() == OpenCtiScreenPop.Type.NEW_RECORD_MODAL
                                || payload.screenPop().type() == OpenCtiScreenPop.Type.FLOW,
                        payload.screenPop().toString());
            }
        }
    }

    @Test
    void searchAndScreenPop_isAnInboundSearchForTheNumber_withTheUnknownCallerForm() {
        OpenCtiSearchAndScreenPop search = ScreenPopPayload.of(PopFixtures.match(), PopFixtures.leadsAndFlow())
                .searchAndScreenPop();
        assertEquals(
                new OpenCtiSearchAndScreenPop(
                        CALLER,
                        "",
                        Map.of(
                                "LeadSource",
                                "Phone Inquiry",
                                "Company",
                                "Unknown",
                                "Rating__c",
                                new BigDecimal("3"),
                                "MobilePhone",
                                CALLER),
                        "INBOUND",
                        false),
                search);
    }

    @Test
    void searchAndScreenPop_fallsBackToANewContact_whenUnknownCallersGetAFlow() {
        Profile flowForNone =
                PopFixtures.withRules("{\"NONE\": {\"action\": \"FLOW\", \"flowDevName\": \"New_Caller\"}}");
        assertEquals(
                Map.of("Phone", CALLER),
                ScreenPopPayload.of(PopFixtures.none(), flowForNone)
                        .searchAndScreenPop()
                        .defaultFieldValues());
    }
}
