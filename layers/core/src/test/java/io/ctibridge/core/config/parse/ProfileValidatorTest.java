package io.ctibridge.core.config.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.config.CallLog;
import io.ctibridge.core.config.Fixtures;
import io.ctibridge.core.config.PopAction;
import io.ctibridge.core.config.PopRules;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.TieBreak;
import io.ctibridge.core.contact.LookupStatus;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileValidatorTest {

    private final ProfileValidator validator = new ProfileValidator();

    // --- whole profiles ---

    @Test
    void builtInDefault_isValid() {
        assertEquals(List.of(), validator.validate(Profile.builtInDefault()));
    }

    @Test
    void aProfileUsingEveryFeature_isValid() {
        assertEquals(List.of(), validator.validate(Fixtures.fullProfile()));
    }

    @Test
    void validate_reportsEveryProblemAtOnce() {
        List<Violation> violations =
                validate("\"maxMatches\": 0, \"defaultRegion\": \"XX\", \"lookupDeadlineMs\": 9000");

        assertEquals(
                List.of("defaultRegion", "lookupDeadlineMs", "maxMatches"),
                violations.stream().map(Violation::path).toList());
    }

    @Test
    void requireValid_throwsWithOneLinePerViolation_andReturnsAValidProfileUnchanged() {
        Profile bad = Fixtures.profile("sales", "\"maxMatches\": 0, \"popTokenTtlSeconds\": 1");

        InvalidProfileException error = assertThrows(InvalidProfileException.class, () -> validator.requireValid(bad));

        assertEquals("sales", error.profileName());
        assertEquals("""
                profile 'sales' is invalid (2 problems):
                  - popTokenTtlSeconds: must be between 60 and 86400, not 1
                  - maxMatches: must be between 1 and 50, not 0""", error.getMessage());
        Profile good = Profile.defaults("sales");
        assertSame(good, validator.requireValid(good));
    }

    // --- top-level settings ---

    @ParameterizedTest
    @ValueSource(strings = {"", "Sales", "sales team", "sales_team", "sälj"})
    void profileName_mustBeLowerCaseLettersDigitsAndDashes(String name) {
        assertOnly(validator.validate(Profile.defaults(name)), "profile", "lower-case letters, digits or '-'");
    }

    @Test
    void profileName_mayBe64CharactersButNot65() {
        assertEquals(List.of(), validator.validate(Profile.defaults("a".repeat(64))));
        assertOnly(validator.validate(Profile.defaults("a".repeat(65))), "profile", "1 to 64");
        assertOnly(validator.validate(Profile.defaults(null)), "profile", "is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "XX", "USA", ""})
    void defaultRegion_mustBeARegionLibphonenumberSupports(String region) {
        assertOnly(validate("\"defaultRegion\": \"" + region + "\""), "defaultRegion", "ISO 3166");
    }

    @Test
    void defaultRegion_acceptsOtherRealRegions() {
        assertEquals(List.of(), validate("\"defaultRegion\": \"DE\""));
        assertEquals(List.of(), validate("\"defaultRegion\": \"IN\""));
    }

    @Test
    void systemNumbers_mustBeE164PossibleNumbers_eachListedOnce() {
        assertOnly(validate("\"systemNumbers\": [\"+14155550100\", \"4155550100\"]"), "systemNumbers[1]", "E.164");
        assertOnly(validate("\"systemNumbers\": [\"+1415\"]"), "systemNumbers[0]", "possible phone number");
        assertOnly(validate("\"systemNumbers\": [\"+14155550100\", \"+14155550100\"]"), "systemNumbers[1]", "twice");
    }

    @Test
    void lookupDeadlineMs_mustLeaveRoomForSalesforce_andAnswerBeforeConnectGivesUp() {
        assertEquals(List.of(), validate("\"lookupDeadlineMs\": 200"));
        assertEquals(List.of(), validate("\"lookupDeadlineMs\": 7500"));
        assertOnly(validate("\"lookupDeadlineMs\": 199"), "lookupDeadlineMs", "between 200 and 7500, not 199");
        assertOnly(validate("\"lookupDeadlineMs\": 7501"), "lookupDeadlineMs", "between 200 and 7500");
    }

    @Test
    void ttlsAndMaxMatches_mustBeInRange() {
        assertOnly(validate("\"popTokenTtlSeconds\": 59"), "popTokenTtlSeconds", "between 60 and 86400");
        assertOnly(validate("\"contactStateTtlSeconds\": 600"), "contactStateTtlSeconds", "between 3600");
        assertOnly(validate("\"maxMatches\": 51"), "maxMatches", "between 1 and 50");
        assertEquals(List.of(), validate("\"maxMatches\": 1"));
    }

    // --- search targets ---

    @Test
    void searchTargets_mustNotBeEmpty_norTooMany() {
        assertOnly(validate("\"searchTargets\": []"), "searchTargets", "1 to 10");
        String eleven = String.join(
                ",",
                IntStream.rangeClosed(1, 11)
                        .mapToObj(i -> target("Obj" + i + "__c", i, "\"Phone__c\""))
                        .toList());
        assertOnly(validate("\"searchTargets\": [" + eleven + "]"), "searchTargets", "1 to 10");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Contact WHERE Id != null",
                "My Object",
                "1Contact",
                "Contact__",
                "Con___tact__c",
                "Contact__r",
                "ns__Contact",
                "Contact)",
                "Contáct"
            })
    void searchTargetObject_mustBeAnObjectApiName(String object) {
        assertOnly(
                validate("\"searchTargets\": [" + target(object, 1, "\"Phone\"") + "]"),
                "searchTargets[0].object",
                "object API name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Contact", "Patient__c", "acme__Patient__c", "Custom_Object_2__c", "Con__tact__c"})
    void searchTargetObject_acceptsStandardCustomAndNamespacedNames(String object) {
        assertEquals(List.of(), validate("\"searchTargets\": [" + target(object, 1, "\"Phone\"") + "]"));
    }

    @Test
    void searchTargets_mustNotSearchAnObjectTwice() {
        List<Violation> violations = validate("\"searchTargets\": [" + target("Contact", 1, "\"Phone\"") + ","
                + target("contact", 2, "\"MobilePhone\"") + "]");

        assertOnly(violations, "searchTargets[1].object", "already searched by searchTargets[0]");
    }

    @Test
    void searchTargetPriorities_mustBePositiveAndDistinct() {
        assertOnly(
                validate("\"searchTargets\": [" + target("Contact", 0, "\"Phone\"") + "]"),
                "searchTargets[0].priority",
                "from 1");
        assertOnly(
                validate("\"searchTargets\": [" + target("Contact", 1, "\"Phone\"") + ","
                        + target("Lead", 2, "\"Phone\"") + "," + target("Account", 1, "\"Phone\"") + "]"),
                "searchTargets[2].priority",
                "already the priority of searchTargets[0]");
    }

    @Test
    void phoneFields_mustBeFieldNames_atLeastOne_eachOnce() {
        assertOnly(
                validate("\"searchTargets\": [" + target("Contact", 1, "") + "]"),
                "searchTargets[0].phoneFields",
                "at least one");
        assertOnly(
                validate("\"searchTargets\": [" + target("Contact", 1, "\"Phone\", \"Mobile Phone\"") + "]"),
                "searchTargets[0].phoneFields[1]",
                "field API name");
        assertOnly(
                validate("\"searchTargets\": [" + target("Contact", 1, "\"Account.Phone\"") + "]"),
                "searchTargets[0].phoneFields[0]",
                "field API name");
        assertOnly(
                validate("\"searchTargets\": [" + target("Contact", 1, "\"Phone\", \"phone\"") + "]"),
                "searchTargets[0].phoneFields[1]",
                "listed twice");
    }

    @Test
    void nameAndAccountFields_mustBeFieldNames() {
        assertOnly(
                validate("\"searchTargets\": [{\"object\": \"Contact\", \"priority\": 1, \"phoneFields\": [\"Phone\"],"
                        + " \"nameField\": \"Name, Email\"}]"),
                "searchTargets[0].nameField",
                "field API name");
        assertOnly(
                validate("\"searchTargets\": [{\"object\": \"Contact\", \"priority\": 1, \"phoneFields\": [\"Phone\"],"
                        + " \"accountField\": \"Account.Id\"}]"),
                "searchTargets[0].accountField",
                "AccountId");
    }

    @Test
    void extraFields_mayFollowParentRelationships_butOnlyThroughRelationshipNames() {
        assertEquals(List.of(), validate(withExtraFields("\"Account.Name\", \"Custom__r.Owner.Name\", \"Email\"")));
        assertOnly(
                validate(withExtraFields("\"Custom__c.Name\"")),
                "searchTargets[0].extraFields[0]",
                "path like Account.Name");
        assertOnly(validate(withExtraFields("\"Account..Name\"")), "searchTargets[0].extraFields[0]", "path");
        assertOnly(validate(withExtraFields("\"A.B.C.D.E.F.Name\"")), "searchTargets[0].extraFields[0]", "path");
        assertOnly(validate(withExtraFields("\"Email\", \"email\"")), "searchTargets[0].extraFields[1]", "twice");
    }

    @Test
    void filterField_mustBeAFieldPath_soNoSoqlCanHideInIt() {
        assertOnly(
                validate(withFilter("{\"field\": \"IsConverted = false OR Id\", \"op\": \"=\", \"value\": 1}")),
                "searchTargets[0].filters[0].field",
                "field API name");
    }

    @Test
    void filter_needsAnOperatorAndAValue() {
        assertOnly(
                validate(withFilter("{\"field\": \"IsConverted\", \"value\": false}")),
                "searchTargets[0].filters[0].op",
                "is required");
        assertOnly(
                validate(withFilter("{\"field\": \"IsConverted\", \"op\": \"=\"}")),
                "searchTargets[0].filters[0].value",
                "is required");
    }

    @Test
    void orderingOperators_acceptNumbersAndText_butNotBooleansOrNull() {
        assertEquals(
                List.of(), validate(withFilter("{\"field\": \"NumberOfEmployees\", \"op\": \">\", \"value\": 50}")));
        assertEquals(List.of(), validate(withFilter("{\"field\": \"LastName\", \"op\": \"<=\", \"value\": \"M\"}")));
        assertOnly(
                validate(withFilter("{\"field\": \"IsConverted\", \"op\": \"<\", \"value\": false}")),
                "searchTargets[0].filters[0].op",
                "use = or !=");
        assertOnly(
                validate(withFilter("{\"field\": \"Email\", \"op\": \">=\", \"value\": null}")),
                "searchTargets[0].filters[0].op",
                "use = or !=");
    }

    // --- pop rules ---

    @Test
    void popRuleForAMatch_mustOpenTheRecord() {
        assertOnly(
                validate("\"popRules\": {\"MATCH\": {\"action\": \"NEW_RECORD\"}}"),
                "popRules.MATCH",
                "must be RECORD: a single match opens that record, not NEW_RECORD");
    }

    @Test
    void popRuleForMultipleMatches_mustShowThem() {
        assertEquals(List.of(), validate("\"popRules\": {\"MULTIPLE\": {\"action\": \"TOP_RECORD\"}}"));
        assertEquals(List.of(), validate("\"popRules\": {\"MULTIPLE\": {\"action\": \"LIST\"}}"));
        assertOnly(
                validate("\"popRules\": {\"MULTIPLE\": {\"action\": \"RECORD\"}}"),
                "popRules.MULTIPLE",
                "SEARCH, TOP_RECORD or LIST, not RECORD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NONE", "WITHHELD", "INVALID", "UNAVAILABLE"})
    void popRuleWithoutARecord_mustNeverLeaveTheScreenBlank(String status) {
        assertOnly(validate("\"popRules\": {\"" + status + "\": null}"), "popRules." + status, "blank screen");
        assertOnly(
                validate("\"popRules\": {\"" + status + "\": {\"action\": \"LIST\"}}"),
                "popRules." + status,
                "must be NEW_RECORD or FLOW");
        assertOnly(
                validate("\"popRules\": {\"" + status + "\": {\"action\": \"SEARCH\"}}"),
                "popRules." + status,
                "not SEARCH");
    }

    @Test
    void newRecordPop_needsAnObjectAndPhoneFieldNames() {
        assertOnly(
                validate("\"popRules\": {\"NONE\": {\"action\": \"NEW_RECORD\", \"object\": \"New Contact\"}}"),
                "popRules.NONE.object",
                "object API name");
        assertOnly(
                validate("\"popRules\": {\"NONE\": {\"action\": \"NEW_RECORD\", \"phoneField\": \"\"}}"),
                "popRules.NONE.phoneField",
                "caller's number");
        assertOnly(
                validate("\"popRules\": {\"NONE\": {\"action\": \"NEW_RECORD\","
                        + " \"defaultFieldValues\": {\"Lead Source\": \"Phone\"}}}"),
                "popRules.NONE.defaultFieldValues.Lead Source",
                "not a field API name");
    }

    @Test
    void flowPop_needsAFlowNameAndNamedArguments() {
        assertOnly(
                validate("\"popRules\": {\"WITHHELD\": {\"action\": \"FLOW\"}}"),
                "popRules.WITHHELD.flowDevName",
                "active screen flow");
        assertOnly(
                validate("\"popRules\": {\"WITHHELD\": {\"action\": \"FLOW\", \"flowDevName\": \"Intake\","
                        + " \"flowArgs\": [{\"name\": \"bad name\", \"value\": 1}]}}"),
                "popRules.WITHHELD.flowArgs[0].name",
                "input variable");
        assertOnly(
                validate("\"popRules\": {\"WITHHELD\": {\"action\": \"FLOW\", \"flowDevName\": \"Intake\","
                        + " \"flowArgs\": [{\"name\": \"channel\"}]}}"),
                "popRules.WITHHELD.flowArgs[0].value",
                "is required");
    }

    @Test
    void popRules_builtInCode_withANullAction_isRefusedForEveryStatusItAffects() {
        Map<LookupStatus, PopAction> rules = new java.util.EnumMap<>(LookupStatus.class);
        rules.put(LookupStatus.UNAVAILABLE, null);
        Profile base = Profile.defaults("sales");
        Profile profile = new Profile(
                "sales",
                "US",
                List.of(),
                3000,
                900,
                86_400,
                10,
                base.searchTargets(),
                TieBreak.CREATED,
                new PopRules(Collections.unmodifiableMap(rules)),
                base.callLog());

        assertOnly(validator.validate(profile), "popRules.UNAVAILABLE", "blank screen");
    }

    // --- call log ---

    @Test
    void callLogObjectStatusAndPriority_mustBeSet() {
        assertOnly(validate("\"callLog\": {\"object\": \"Task; Event\"}"), "callLog.object", "object API name");
        assertOnly(validate("\"callLog\": {\"status\": \" \"}"), "callLog.status", "must not be blank");
        assertOnly(validate("\"callLog\": {\"priority\": \"\"}"), "callLog.priority", "must not be blank");
    }

    @Test
    void subjects_knowOnlyTheCallerPlaceholder_andFitTheTaskSubject() {
        assertOnly(
                validate("\"callLog\": {\"subjectInbound\": \"Call from {callr}\"}"),
                "callLog.subjectInbound",
                "unknown placeholder {callr}");
        assertOnly(
                validate("\"callLog\": {\"subjectOutbound\": \"" + "x".repeat(231) + "\"}"),
                "callLog.subjectOutbound",
                "at most 230");
        assertEquals(List.of(), validate("\"callLog\": {\"subjectInbound\": \"Anruf von {caller}\"}"));
    }

    @Test
    void dispositionAttribute_mayBeLeftOut_butNotBlank() {
        assertOnly(validate("\"callLog\": {\"dispositionAttribute\": \"\"}"), "callLog.dispositionAttribute", "blank");
    }

    @Test
    void channels_atLeastOne_eachOnce() {
        assertOnly(validate("\"callLog\": {\"channels\": []}"), "callLog.channels", "at least one");
        assertOnly(validate("\"callLog\": {\"channels\": [\"VOICE\", \"VOICE\"]}"), "callLog.channels[1]", "twice");
    }

    @Test
    void fallbackOwnerId_mustBeAUserId() {
        assertEquals(
                List.of(), validate("\"callLog\": {\"ownerMapping\": {\"fallbackOwnerId\": \"005000000000001\"}}"));
        assertOnly(
                validate("\"callLog\": {\"ownerMapping\": {\"fallbackOwnerId\": \"00Q000000000001AAA\"}}"),
                "callLog.ownerMapping.fallbackOwnerId",
                "User Id");
        assertOnly(
                validate("\"callLog\": {\"ownerMapping\": {\"fallbackOwnerId\": \"005' OR Id != '\"}}"),
                "callLog.ownerMapping.fallbackOwnerId",
                "User Id");
    }

    @Test
    void callLogExtraFields_mustBeFieldNames_andNotTheOnesTheLoggerSets() {
        assertOnly(
                validate("\"callLog\": {\"extraFields\": {\"WhoId\": \"003000000000001\"}}"),
                "callLog.extraFields.WhoId",
                "cannot be overridden");
        assertOnly(
                validate("\"callLog\": {\"extraFields\": {\"Call Center\": \"London\"}}"),
                "callLog.extraFields.Call Center",
                "not a field API name");
    }

    @Test
    void callLog_logsChannelsWhateverConnectsSpelling() {
        CallLog log = Profile.builtInDefault().callLog();

        assertTrue(log.logsChannel("VOICE"));
        assertTrue(log.logsChannel("Voice"));
        assertEquals(false, log.logsChannel("CHAT"));
    }

    // --- callLog.contactLens ---

    @Test
    void contactLens_namingItsFields_isValid() {
        assertEquals(
                List.of(),
                validate("\"callLog\": {\"contactLens\": {\"enabled\": true, \"redacted\": true,"
                        + " \"summaryField\": \"Contact_Lens_Summary__c\", \"customerSentimentField\": \"Cs__c\","
                        + " \"agentSentimentField\": \"As__c\", \"categoriesField\": \"Cat__c\","
                        + " \"talkTimeField\": \"Talk__c\", \"nonTalkTimeField\": \"Quiet__c\"}}"));
    }

    @Test
    void contactLens_enabledWithoutFields_isRefused() {
        assertOnly(
                validate("\"callLog\": {\"contactLens\": {\"enabled\": true}}"),
                "callLog.contactLens",
                "names no field");
    }

    @Test
    void contactLens_fieldsMustBeApiNames_ofTheirOwn_andDistinct() {
        assertOnly(
                validate("\"callLog\": {\"contactLens\": {\"enabled\": true, \"summaryField\": \"my summary\"}}"),
                "callLog.contactLens.summaryField",
                "not a field API name");
        assertOnly(
                validate("\"callLog\": {\"contactLens\": {\"enabled\": true, \"summaryField\": \"Description\"}}"),
                "callLog.contactLens.summaryField",
                "set by the call logger");
        assertOnly(
                validate("\"callLog\": {\"contactLens\": {\"enabled\": true, \"customerSentimentField\": \"S__c\","
                        + " \"agentSentimentField\": \"S__c\"}}"),
                "callLog.contactLens.agentSentimentField",
                "already callLog.contactLens.customerSentimentField");
        assertOnly(
                validate("\"callLog\": {\"extraFields\": {\"S__c\": \"x\"},"
                        + " \"contactLens\": {\"enabled\": true, \"summaryField\": \"S__c\"}}"),
                "callLog.contactLens.summaryField",
                "also in callLog.extraFields");
    }

    // --- helpers ---

    private List<Violation> validate(String settings) {
        return validator.validate(Fixtures.profile("test", settings));
    }

    private static String target(String object, int priority, String phoneFields) {
        return "{\"object\": \"" + object + "\", \"priority\": " + priority + ", \"phoneFields\": [" + phoneFields
                + "]}";
    }

    private static String withExtraFields(String extraFields) {
        return "\"searchTargets\": [{\"object\": \"Contact\", \"priority\": 1, \"phoneFields\": [\"Phone\"],"
                + " \"extraFields\": [" + extraFields + "]}]";
    }

    private static String withFilter(String filter) {
        return "\"searchTargets\": [{\"object\": \"Lead\", \"priority\": 1, \"phoneFields\": [\"Phone\"],"
                + " \"filters\": [" + filter + "]}]";
    }

    /** Exactly one violation, at that path, its message naming the rule. */
    private static void assertOnly(List<Violation> violations, String path, String messagePart) {
        assertEquals(1, violations.size(), () -> "expected one violation at " + path + ", got " + violations);
        Violation violation = violations.getFirst();
        assertEquals(path, violation.path(), violation::toString);
        assertTrue(
                violation.message().contains(messagePart), () -> "message lacks '" + messagePart + "': " + violation);
    }
}
