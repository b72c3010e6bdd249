package io.ctibridge.core.config.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.config.FieldFilter;
import io.ctibridge.core.config.FilterOperator;
import io.ctibridge.core.config.Fixtures;
import io.ctibridge.core.config.OwnerMapping;
import io.ctibridge.core.config.PopAction;
import io.ctibridge.core.config.PopRules;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.ScalarValue;
import io.ctibridge.core.config.SearchTarget;
import io.ctibridge.core.config.TieBreak;
import io.ctibridge.core.contact.LookupStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileParserTest {

    private final ProfileParser parser = new ProfileParser();

    @Test
    void parse_reportsLineAndColumn_ofASyntaxError() {
        String json = """
                {
                  "profile": "sales",
                  "maxMatches": 5,,
                  "tieBreak": "CREATED"
                }""";

        Violation violation = onlyViolation(json);

        assertEquals("", violation.path());
        assertTrue(violation.message().startsWith("not valid JSON at line 3:19"), violation.message());
    }

    @Test
    void parse_rejectsAnUnknownProperty_namingItsPathAndTheKnownOnes() {
        String json = """
                {
                  "profile": "sales",
                  "searchTargets": [
                    { "object": "Contact", "priority": 1, "phoneFields": ["Phone"] },
                    { "object": "Lead", "priority": 2, "phoneFeilds": ["Phone"] }
                  ]
                }""";

        Violation violation = onlyViolation(json);

        assertEquals("searchTargets[1].phoneFeilds", violation.path());
        assertTrue(violation.message().contains("unknown property at line 5:"), violation.message());
        assertTrue(violation.message().contains("phoneFields"), violation.message());
    }

    @Test
    void parse_rejectsAnUnknownTopLevelProperty() {
        Violation violation = onlyViolation("{\"profile\": \"sales\", \"lookupDeadline\": 3000}");

        assertEquals("lookupDeadline", violation.path());
    }

    @Test
    void parse_rejectsADuplicateKey_insteadOfKeepingTheLastOne() {
        Violation violation = onlyViolation("{\"profile\": \"sales\", \"maxMatches\": 5, \"maxMatches\": 7}");

        assertTrue(violation.message().contains("Duplicate field 'maxMatches'"), violation.message());
    }

    @Test
    void parse_rejectsNullInAList_withItsIndex() {
        Violation violation = onlyViolation("""
                {"profile": "sales", "searchTargets": [{"object": "Contact", "priority": 1,
                 "phoneFields": ["Phone", null]}]}""");

        assertEquals("searchTargets[0].phoneFields[1]", violation.path());
        assertTrue(violation.message().startsWith("must not be null"), violation.message());
    }

    @Test
    void parse_rejectsANumberInQuotes_andAFractionalCount() {
        assertEquals(
                "maxMatches: must be a whole number at line 1:36",
                onlyViolation("{\"profile\": \"sales\", \"maxMatches\": \"5\"}").toString());
        assertEquals(
                "maxMatches",
                onlyViolation("{\"profile\": \"sales\", \"maxMatches\": 5.5}").path());
    }

    @Test
    void parse_rejectsTextForABoolean_andANumberForText() {
        assertEquals(
                "callLog.logAbandoned",
                onlyViolation("{\"profile\": \"sales\", \"callLog\": {\"logAbandoned\": \"yes\"}}")
                        .path());
        assertEquals(
                "callLog.status",
                onlyViolation("{\"profile\": \"sales\", \"callLog\": {\"status\": 5}}")
                        .path());
    }

    @Test
    void parse_rejectsAnUnknownEnumValue_listingTheAcceptedSpellings() {
        Violation tieBreak = onlyViolation("{\"profile\": \"sales\", \"tieBreak\": \"NEWEST\"}");
        Violation operator = onlyViolation("""
                {"profile": "sales", "searchTargets": [{"object": "Lead", "priority": 1, "phoneFields": ["Phone"],
                 "filters": [{"field": "IsConverted", "op": "==", "value": false}]}]}""");

        assertEquals("tieBreak", tieBreak.path());
        assertTrue(
                tieBreak.message().contains("\"NEWEST\" is not one of LAST_MODIFIED, LAST_ACTIVITY, CREATED"),
                tieBreak.message());
        assertEquals("searchTargets[0].filters[0].op", operator.path());
        assertTrue(operator.message().contains("=, !=, <, >, <=, >="), operator.message());
    }

    @Test
    void parse_rejectsAnUnknownLookupStatus_inPopRules() {
        Violation violation =
                onlyViolation("{\"profile\": \"sales\", \"popRules\": {\"NOMATCH\": {\"action\": \"SEARCH\"}}}");

        assertEquals("popRules", violation.path());
        assertTrue(
                violation.message().contains("\"NOMATCH\" is not one of MATCH, MULTIPLE, NONE"), violation.message());
    }

    @Test
    void parse_rejectsAnUnknownOrMissingPopAction() {
        Violation unknown =
                onlyViolation("{\"profile\": \"sales\", \"popRules\": {\"NONE\": {\"action\": \"BLANK\"}}}");
        Violation missing = onlyViolation("{\"profile\": \"sales\", \"popRules\": {\"NONE\": {\"object\": \"Lead\"}}}");

        assertEquals("popRules.NONE", unknown.path());
        assertTrue(unknown.message().startsWith("unknown action \"BLANK\""), unknown.message());
        assertTrue(unknown.message().endsWith("RECORD, SEARCH, TOP_RECORD, LIST, NEW_RECORD, FLOW"), unknown.message());
        assertTrue(missing.message().startsWith("needs an \"action\""), missing.message());
    }

    @Test
    void parse_rejectsAnArrayWhereAFilterValueGoes() {
        Violation violation = onlyViolation("""
                {"profile": "sales", "searchTargets": [{"object": "Lead", "priority": 1, "phoneFields": ["Phone"],
                 "filters": [{"field": "Status", "op": "=", "value": ["Open", "New"]}]}]}""");

        assertEquals("searchTargets[0].filters[0].value", violation.path());
        assertTrue(
                violation.message().startsWith("must be a string, a number, true, false or null"), violation.message());
    }

    @Test
    void parse_rejectsEmptyNullAndNonObjectDocuments_andTrailingContent() {
        assertEquals(
                "document: is empty; expected a JSON object", onlyViolation("").toString());
        assertEquals(
                "document: is null, expected a JSON object",
                onlyViolation("null").toString());
        assertTrue(onlyViolation("[]").message().startsWith("must be a JSON object"));
        assertTrue(onlyViolation("{\"profile\": \"a\"} {}").message().startsWith("has more content after"));
    }

    @Test
    void parse_fillsEveryAbsentSettingWithItsDefault() {
        Profile profile = parser.parse("{\"profile\": \"sales\"}");

        assertEquals(Profile.defaults("sales"), profile);
        assertEquals(3000, profile.lookupDeadlineMs());
        assertEquals(900, profile.popTokenTtlSeconds());
        assertEquals(86_400, profile.contactStateTtlSeconds());
        assertEquals(10, profile.maxMatches());
        assertEquals("US", profile.defaultRegion());
        assertEquals(
                List.of("Contact", "Lead", "Account"),
                profile.searchTargets().stream().map(SearchTarget::object).toList());
        assertEquals(TieBreak.LAST_MODIFIED, profile.tieBreak());
        assertInstanceOf(PopAction.OpenSearch.class, profile.popRules().actionFor(LookupStatus.MULTIPLE));
        assertEquals(PopAction.NewRecord.contact(), profile.popRules().actionFor(LookupStatus.WITHHELD));
        assertTrue(profile.callLog().logAbandoned());
        assertEquals(
                OwnerMapping.Strategy.FEDERATION_ID,
                profile.callLog().ownerMapping().strategy());
    }

    @Test
    void parse_fillsDefaultsInsideNestedObjects() {
        Profile profile = parser.parse("""
                {"profile": "sales",
                 "searchTargets": [{"object": "Case", "priority": 1, "phoneFields": ["SuppliedPhone"]}],
                 "popRules": {"NONE": {"action": "NEW_RECORD", "object": "Lead"}},
                 "callLog": {"status": "Done"}}""");

        SearchTarget target = profile.searchTargets().getFirst();
        assertEquals("Name", target.nameField());
        assertNull(target.accountField());
        assertEquals(List.of(), target.filters());
        assertEquals(
                new PopAction.NewRecord("Lead", "Phone", Map.of()),
                profile.popRules().actionFor(LookupStatus.NONE));
        assertEquals(
                PopRules.defaultFor(LookupStatus.INVALID), profile.popRules().actionFor(LookupStatus.INVALID));
        assertEquals("Done", profile.callLog().status());
        assertEquals("Normal", profile.callLog().priority());
    }

    @Test
    void parse_keepsAnExplicitNullPopRule_soThatValidationCanRefuseIt() {
        Profile profile = parser.parse("{\"profile\": \"sales\", \"popRules\": {\"NONE\": null}}");

        assertNull(profile.popRules().actionFor(LookupStatus.NONE));
    }

    @Test
    void parse_readsFilterValuesWithTheirJsonType() {
        List<FieldFilter> filters =
                Fixtures.fullProfile().searchTargets().getFirst().filters();

        assertEquals(new ScalarValue.Text("Competitor"), filters.get(0).value());
        assertEquals(new ScalarValue.Bool(false), filters.get(1).value());
        assertEquals(
                new ScalarValue.Decimal(new BigDecimal("2.5")), filters.get(2).value());
        assertEquals(ScalarValue.NULL, filters.get(3).value());
        assertEquals(FilterOperator.GREATER_OR_EQUAL, filters.get(2).op());
    }

    @Test
    void toJson_thenParse_givesTheSameProfile_forEveryFeature() {
        Profile full = Fixtures.fullProfile();

        assertEquals(full, parser.parse(parser.toJson(full)));
    }

    @Test
    void defaultProfileResource_isTheBuiltInDefault_andValid() {
        Profile documented = parser.parse(ProfileParser.defaultProfileDocument());

        assertEquals(Profile.builtInDefault(), documented);
        assertEquals(List.of(), new ProfileValidator().validate(documented));
    }

    private Violation onlyViolation(String json) {
        InvalidProfileException error = assertThrows(InvalidProfileException.class, () -> parser.parse(json));
        assertEquals(1, error.violations().size(), error.getMessage());
        return error.violations().getFirst();
    }
}
